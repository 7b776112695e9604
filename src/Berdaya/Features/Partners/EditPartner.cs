using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Partners;

/// <summary>Changes a partner's owner and business facts under the same rules as registration.</summary>
[FeatureService]
public sealed class EditPartner(AppDbContext db, CurrentUser me, RegionDirectory regions, TimeProvider clock)
{
    public async Task<Partner> HandleAsync(Guid id, RegisterPartner.Command command, CancellationToken ct = default)
    {
        var partner = await LoadAsync(id, ct);
        RegisterPartner.RequireWriter(me);
        var today = RegisterPartner.Today(clock);

        // The edit form never shows the full NIK (docs/domain.md, Personal data); left empty, the NIK stays.
        if (string.IsNullOrWhiteSpace(command.Nik))
        {
            command = command with { Nik = partner.Nik };
        }

        var (owner, business) = await RegisterPartner.ReadAsync(command, today, me, regions, ct);
        partner.Update(owner, business, today);
        await RegisterPartner.RefuseDuplicateAsync(db, partner.ProgramId, owner.Nik.Value, partner.Id, ct);
        await RegisterPartner.SaveAsync(db, partner, ct);
        return partner;
    }

    /// <summary>The partner with its search words, or 404 when unknown or out of scope.</summary>
    public async Task<Partner> LoadAsync(Guid id, CancellationToken ct = default) =>
        await (await me.PartnersAsync(ct)).Include(p => p.SearchWords).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);

    /// <summary>The form filled with the partner's current facts.</summary>
    public static RegisterPartner.Command ToCommand(Partner p) => new()
    {
        ProgramId = p.ProgramId,
        OwnerName = p.OwnerName,
        Sex = p.Sex,
        BirthDate = p.BirthDate,
        Phone = p.Phone,
        VillageCode = p.VillageCode,
        Address = p.Address,
        IsIndonesianCitizen = p.IsIndonesianCitizen,
        BusinessName = p.BusinessName,
        Sector = p.Sector,
        Products = p.Products,
        BusinessStartedOn = p.BusinessStartedOn,
        NetAssets = p.NetAssets,
        YearlySales = p.YearlySales,
        Employees = p.Employees,
        HasBankCredit = p.HasBankCredit,
        IsIndependentBusiness = p.IsIndependentBusiness,
    };
}
