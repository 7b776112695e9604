namespace Berdaya.Domain.Common;

/// <summary>
/// What a partner needs help with (docs/domain.md, Coaching): the kinds a help request, a visit's finding and
/// a training topic share, so a need found anywhere points to the topics that answer it.
/// </summary>
public enum NeedKind
{
    RawMaterial = 1,
    Capital = 2,
    Marketing = 3,
    Production = 4,
    Finance = 5,
    Legality = 6,
    Other = 9,
}
