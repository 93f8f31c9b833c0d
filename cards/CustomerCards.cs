using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>Cards about one Business Central customer or contact.</summary>
public static class CustomerCards
{
    /// <summary>
    /// The customer's (or contact's) record: its Business Central fields and coupling status. Not coupled: a
    /// <b>Set Up Coupling</b> button. Coupled: <b>Synchronize Now</b> and <b>Uncouple</b>.
    /// </summary>
    public static AdaptiveCard Record(CustomerView customer, CouplingView? coupling)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var data = new CustomerData(customer.Number, customer.Kind.ActionKind);

        List<CardElement> body = [Title(CustomerTitle(customer)), Subtle($"Business Central {customer.Kind.Noun}"), Facts(customer.Facts)];
        if (coupling is null)
        {
            body.Add(NotCoupled(customer));
            return Card(
                $"{CustomerTitle(customer)}: not coupled to a Sales {customer.Kind.SalesNoun}.",
                body,
                Execute("Set Up Coupling", CardVerbs.ShowSetUpCoupling, data, ActionStyle.Positive));
        }

        body.Add(Coupled(customer, coupling));
        body.Add(LastSync(coupling));
        return Card(
            $"{CustomerTitle(customer)}: coupled to {SalesRecord(customer, coupling.SalesAccountName)}.",
            body,
            Execute("Synchronize Now", CardVerbs.ShowSync, data, ActionStyle.Positive),
            Execute("Uncouple", CardVerbs.RemoveCoupling, data, ActionStyle.Destructive));
    }
}
