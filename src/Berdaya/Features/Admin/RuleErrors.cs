using Berdaya.Domain.Common;

namespace Berdaya.Features.Admin;

/// <summary>Collects every broken rule of a form before anything is saved, so each field gets its message at once.</summary>
internal static class RuleErrors
{
    public static void Collect(List<DomainException> errors, Action action)
    {
        try
        {
            action();
        }
        catch (DomainValidationException many)
        {
            errors.AddRange(many.Errors);
        }
        catch (DomainException e)
        {
            errors.Add(e);
        }
    }

    /// <summary>One broken rule keeps its own status (a taken code is 409); several are a 400 listing each.</summary>
    public static void Throw(List<DomainException> errors)
    {
        if (errors.Count == 1)
        {
            throw errors[0];
        }

        if (errors.Count > 1)
        {
            throw new DomainValidationException(errors);
        }
    }
}
