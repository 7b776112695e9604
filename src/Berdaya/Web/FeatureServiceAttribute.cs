namespace Berdaya.Web;

/// <summary>
/// Marks a use-case handler or feature service; the app registers every marked class as scoped,
/// so a new feature folder needs no edit to the wiring.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FeatureServiceAttribute : Attribute;

public static class FeatureServices
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        foreach (var type in typeof(FeatureServiceAttribute).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsDefined(typeof(FeatureServiceAttribute), false)))
        {
            services.AddScoped(type);
        }

        return services;
    }
}
