using CouplingBot.Bot.Hosting;

BotApp.Create(args).Run();
