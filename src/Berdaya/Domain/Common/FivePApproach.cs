namespace Berdaya.Domain.Common;

/// <summary>The five approaches of the partnership program (docs/domain.md, The program and its stages).</summary>
public enum FivePApproach
{
    Enabling = 1,
    Empowering = 2,
    Protecting = 3,
    Supporting = 4,
    Fostering = 5,
}
