namespace Berdaya.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable and keys the localized message;
/// <see cref="Field"/> names the input that caused it (null when the rule is about the record).
/// <see cref="Kind"/> picks the HTTP status: validation 400, conflict 409, not found 404, forbidden 403, too large 413.
/// </summary>
public class DomainException(string code, string? field = null, ErrorKind kind = ErrorKind.Validation, params object[] args)
    : Exception(code)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
    public ErrorKind Kind { get; } = kind;
    public IReadOnlyList<object> Args { get; } = args;
}

public enum ErrorKind
{
    Validation,
    Conflict,
    NotFound,
    Forbidden,

    /// <summary>A file or body over its size limit (413).</summary>
    TooLarge,

    /// <summary>Too many requests from one sender in a while (429).</summary>
    TooMany,
}

/// <summary>
/// Several broken rules at once, so a form can show every field's message. When every one of them is a
/// conflict (members taken by other groups) the whole is a conflict too.
/// </summary>
public sealed class DomainValidationException(IReadOnlyList<DomainException> errors)
    : DomainException(errors.Count > 0 ? errors[0].Code : "validation", errors.Count > 0 ? errors[0].Field : null,
        errors.Count > 0 && errors.All(e => e.Kind == ErrorKind.Conflict) ? ErrorKind.Conflict : ErrorKind.Validation)
{
    public IReadOnlyList<DomainException> Errors { get; } = errors;
}
