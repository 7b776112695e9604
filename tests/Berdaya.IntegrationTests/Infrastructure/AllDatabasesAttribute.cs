using Xunit.v3;

namespace Berdaya.IntegrationTests.Infrastructure;

/// <summary>
/// Runs a theory once per database provider (SQLite, and PostgreSQL when one is configured): the one way
/// a test says "this must hold on every database". The theory takes the provider's name as its first argument.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllDatabasesAttribute : MemberDataAttributeBase
{
    public AllDatabasesAttribute()
        : base(nameof(TestApp.Providers), [])
    {
        MemberType = typeof(TestApp);
    }
}
