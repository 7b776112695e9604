namespace Berdaya.Web;

/// <summary>
/// Marks a use-case handler or feature service; the app registers every marked class as scoped,
/// so a new feature folder needs no edit to the wiring. A marked class that is a <see cref="Home.IWorkSource"/>
/// is also one of the home page's work sources.
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
            if (typeof(Home.IWorkSource).IsAssignableFrom(type))
            {
                services.AddScoped(sp => (Home.IWorkSource)sp.GetRequiredService(type));
            }

            if (typeof(Home.INeedSource).IsAssignableFrom(type))
            {
                services.AddScoped(sp => (Home.INeedSource)sp.GetRequiredService(type));
            }

            if (typeof(Home.IReminderSource).IsAssignableFrom(type))
            {
                services.AddScoped(sp => (Home.IReminderSource)sp.GetRequiredService(type));
            }

            if (typeof(Home.ICashOfferSource).IsAssignableFrom(type))
            {
                services.AddScoped(sp => (Home.ICashOfferSource)sp.GetRequiredService(type));
            }

            if (typeof(Jobs.IScheduledJob).IsAssignableFrom(type))
            {
                services.AddScoped(sp => (Jobs.IScheduledJob)sp.GetRequiredService(type));
            }
        }

        return services;
    }
}
