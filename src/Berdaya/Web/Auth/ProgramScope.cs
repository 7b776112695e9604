using Berdaya.Data;
using Berdaya.Data.Identity;
using Berdaya.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Web.Auth;

public sealed record ProgramChoice(Guid Id, string Code, string Name);

/// <summary>
/// Who reads a program's fund and reports, and which program a request is about (docs/domain.md, Roles and scope):
/// the fund is the program office's and management's (administrators, officers, viewers); the
/// reports are also evidence for the evaluator; a field user or a partner reads neither.
/// </summary>
[FeatureService]
public sealed class ProgramScope(CurrentUser me, AppDbContext db)
{
    public const string FundReaders = $"{Roles.Administrator},{Roles.ProgramOfficer},{Roles.Viewer}";
    public const string ReportReaders = $"{Roles.Administrator},{Roles.ProgramOfficer},{Roles.Viewer},{Roles.Evaluator}";
    public const string Office = $"{Roles.Administrator},{Roles.ProgramOfficer}";

    public bool MayMoveFund => me.IsAdmin || me.IsOfficer;

    public CurrentUser User => me;

    /// <summary>The programs the user may pick: all for administrators, their own for the others.</summary>
    public async Task<IReadOnlyList<ProgramChoice>> ChoicesAsync(CancellationToken ct)
    {
        var s = await me.ScopeAsync(ct);
        var ids = s.ProgramIds.ToList();
        return await db.Programs.Where(p => s.IsAdmin || ids.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new ProgramChoice(p.Id, p.Code, p.Name)).ToListAsync(ct);
    }

    /// <summary>Whether the program is one the user may pick.</summary>
    public async Task<bool> MayReadAsync(Guid programId, CancellationToken ct)
    {
        var s = await me.ScopeAsync(ct);
        return s.IsAdmin || s.ProgramIds.Contains(programId);
    }

    /// <summary>The program asked for (404 when out of scope), else the user's only or first program.</summary>
    public async Task<Guid> ResolveAsync(Guid? programId, CancellationToken ct) =>
        await FindAsync(programId, ct) ?? throw new DomainException("field.required", "ProgramId");

    /// <summary>The program of a page: as <see cref="ResolveAsync"/>, but a user without any program finds nothing there (404).</summary>
    public async Task<Guid> ResolvePageAsync(Guid? programId, CancellationToken ct) =>
        await FindAsync(programId, ct) ?? throw new DomainException("program.notfound", "ProgramId", ErrorKind.NotFound);

    private async Task<Guid?> FindAsync(Guid? programId, CancellationToken ct)
    {
        if (programId is { } id && id != Guid.Empty)
        {
            await me.RequireProgramAsync(id, ct);
            if (!await db.Programs.AnyAsync(p => p.Id == id, ct))
            {
                throw new DomainException("program.notfound", "ProgramId", ErrorKind.NotFound);
            }

            return id;
        }

        var choices = await ChoicesAsync(ct);
        return choices.Count > 0 ? choices[0].Id : null;
    }
}
