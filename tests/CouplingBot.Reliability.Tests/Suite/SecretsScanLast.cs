using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(CouplingBot.Reliability.Tests.Suite.SecretsScanLast))]

namespace CouplingBot.Reliability.Tests.Suite;

/// <summary>
/// Runs the test collections in name order, except <see cref="CollectionName"/> (the secrets scan), which runs after
/// all others: it reads the logs they wrote. Collections run one at a time (xunit.runner.json), so "after" holds.
/// </summary>
public sealed class SecretsScanLast : ITestCollectionOrderer
{
    /// <summary>The collection of the scan.</summary>
    public const string CollectionName = "Secrets scan (runs last)";

    /// <inheritdoc />
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        [.. testCollections.OrderBy(c => c.TestCollectionDisplayName == CollectionName).ThenBy(c => c.TestCollectionDisplayName, StringComparer.Ordinal)];
}
