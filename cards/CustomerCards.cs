using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>Cards about one Business Central customer.</summary>
public static class CustomerCards
{
    /// <summary>
    /// The customer's record: its Business Central fields and coupling status. Not coupled: a
    /// <b>Set Up Coupling</b> button. Coupled: <b>Synchronize Now</b> and <b>Uncouple</b>.
    /// </summary>
    public static AdaptiveCard Record(CustomerView customer, CouplingView? coupling)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var data = new CustomerData(customer.Number);

        List<CardElement> body = [Title(CustomerTitle(customer)), Subtle("Business Central customer"), Facts(customer.Facts)];
        if (coupling is null)
        {
            body.Add(NotCoupled());
            return Card(
                $"{CustomerTitle(customer)}: not coupled to a Sales account.",
                body,
                Execute("Set Up Coupling", CardVerbs.ShowSetUpCoupling, data, ActionStyle.Positive));
        }

        body.Add(Coupled(coupling));
        body.Add(LastSync(coupling));
        return Card(
            $"{CustomerTitle(customer)}: coupled to Sales account {coupling.SalesAccountName}.",
            body,
            Execute("Synchronize Now", CardVerbs.ShowSync, data, ActionStyle.Positive),
            Execute("Uncouple", CardVerbs.RemoveCoupling, data, ActionStyle.Destructive));
    }
}
