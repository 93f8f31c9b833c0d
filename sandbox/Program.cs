using CouplingBot.Sandbox;

SandboxApp.Create(args).Run();
