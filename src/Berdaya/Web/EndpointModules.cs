namespace Berdaya.Web;

/// <summary>
/// A feature's JSON endpoints. Each feature folder has one class implementing this; the app maps
/// them all under <c>/api/v1</c>, so adding a feature never edits Program.cs.
/// </summary>
public interface IEndpointModule
{
    static abstract void Map(IEndpointRouteBuilder api);
}

public static class EndpointModules
{
    public static void MapAll(IEndpointRouteBuilder api)
    {
        var modules = typeof(IEndpointModule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IEndpointModule)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var module in modules)
        {
            module.GetMethod(nameof(IEndpointModule.Map))!.Invoke(null, [api]);
        }
    }
}
