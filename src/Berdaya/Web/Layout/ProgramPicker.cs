using Berdaya.Web.Auth;

namespace Berdaya.Web.Layout;

/// <summary>The program chooser on the fund, report and product pages: shown only when the user has several programs.</summary>
public sealed record ProgramPicker(IReadOnlyList<ProgramChoice> Choices, Guid Selected, string Action, IReadOnlyDictionary<string, string>? Keep = null)
{
    public ProgramChoice? Current => Choices.FirstOrDefault(c => c.Id == Selected);
}
