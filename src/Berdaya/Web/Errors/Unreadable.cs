using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Berdaya.Web.Errors;

/// <summary>
/// The fields of a posted form that could not be read or were missing, set aside while the handler runs
/// as a trial (decision 0013) and put back afterwards, beside their fields, with what the user typed.
/// </summary>
public sealed class Unreadable
{
    private readonly List<(string Key, ModelError[] Errors)> _fields;

    private Unreadable(List<(string Key, ModelError[] Errors)> fields)
    {
        _fields = fields;
        Keys = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Keys { get; }

    /// <summary>Takes the errors out of model state (leaving the typed values), so the handler may run.</summary>
    public static Unreadable Take(ModelStateDictionary modelState)
    {
        var fields = new List<(string, ModelError[])>();
        foreach (var (key, entry) in modelState)
        {
            if (entry.ValidationState == ModelValidationState.Invalid)
            {
                fields.Add((key, entry.Errors.ToArray()));
                entry.Errors.Clear();
                entry.ValidationState = ModelValidationState.Skipped;
            }
        }

        return new Unreadable(fields);
    }

    public void PutBack(ModelStateDictionary modelState)
    {
        foreach (var (key, errors) in _fields)
        {
            foreach (var error in errors)
            {
                if (error.Exception is { } exception && string.IsNullOrEmpty(error.ErrorMessage))
                {
                    modelState.AddModelError(key, exception.Message);
                }
                else
                {
                    modelState.AddModelError(key, error.ErrorMessage);
                }
            }
        }
    }
}

/// <summary>
/// A page whose handler has effects outside the database (the login limiter counts attempts): a form with
/// unreadable values is shown again at once, without a trial run of its rules.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoTrialRunAttribute : Attribute
{
    public static bool On(object? page) => page is not null && Attribute.IsDefined(page.GetType(), typeof(NoTrialRunAttribute));
}
