using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Uncouples the records with the given numbers, one by one as <see cref="UncoupleAsync"/> does; each
    /// number counts once. Nothing is changed in either service, only the couplings are removed.
    /// </summary>
    public async Task<UncoupleManyResult> UncoupleManyAsync(TableMapping mapping, IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(numbers);
        var results = new List<UncoupleResult>();
        foreach (var number in numbers.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            results.Add(await UncoupleAsync(mapping, number, cancellationToken).ConfigureAwait(false));
        }

        return new UncoupleManyResult(results);
    }

    /// <summary>
    /// Removes every coupling of a mapping. The couplings are listed first and then removed, each under
    /// the version listed, so one changed meanwhile (e.g. synchronized) is kept and counted.
    /// </summary>
    public async Task<UncoupleAllResult> UncoupleAllAsync(TableMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var listed = new List<Coupling>();
        await foreach (var coupling in couplings.ListAsync(mapping.Name, cancellationToken).ConfigureAwait(false))
        {
            listed.Add(coupling);
        }

        var (removed, kept) = (0, 0);
        foreach (var coupling in listed)
        {
            if (await couplings.TryRemoveAsync(coupling, cancellationToken).ConfigureAwait(false))
            {
                removed++;
                Log.Uncoupled(logger, mapping.Name, coupling.BusinessCentralNumber, coupling.SalesId);
            }
            else
            {
                kept++;
            }
        }

        return new UncoupleAllResult(removed, kept);
    }
}
