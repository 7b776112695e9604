using Berdaya.Domain.Common;

namespace Berdaya.Web;

/// <summary>
/// A key per opened money form (a payment, a collection sheet), sent back with it: a second press of the
/// button, or the form sent again on a slow link, answers the first posting instead of making another.
/// </summary>
public static class FormKey
{
    private const string Prefix = "form-";

    public static string New() => Prefix + Guid.NewGuid().ToString("N");

    /// <summary>The form's key when it has the shape <see cref="New"/> gives; anything else posts without one.</summary>
    public static string? Checked(string? key) =>
        key is { Length: 37 } && key.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(key.AsSpan(Prefix.Length), "N", out _) ? key : null;

    /// <summary>
    /// The form's key came back with other values: the form was posted, then changed and sent again (the
    /// browser's back button). The page gives the form a new key and asks the user to send it once more.
    /// </summary>
    public static bool IsReused(DomainException ex) => ex.Code == "idempotency.mismatch";
}
