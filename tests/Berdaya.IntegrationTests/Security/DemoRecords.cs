using System.Collections.Concurrent;
using System.Globalization;
using Berdaya.Data.Identity;
using Berdaya.Domain.Proposals;
using Berdaya.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Berdaya.IntegrationTests.Security;

/// <summary>
/// Real records of the demo that the access matrix fills route values with: the program, Citra Sari,
/// its decided proposal (so every write on it stops at a state rule and changes nothing), one of its
/// members, the socialization and an attendee who is not a partner yet, plus an attachment on the
/// proposal, a throwaway user and a spare program for the administration routes (made once per app).
/// </summary>
public sealed record DemoRecords(
    Guid Program,
    Guid CitraSari,
    Guid Opak,
    Guid Proposal,
    Guid Member,
    Guid Chair,
    Guid OpakMember,
    Guid Socialization,
    Guid Attendee,
    Guid Attachment,
    string User,
    Guid SpareProgram,
    IReadOnlyList<string> CitraNiks,
    IReadOnlyList<string> CitraPhones,
    Guid Loan,
    Guid Repayment,
    Guid ProposalItem)
{
    public const string AttachmentName = "matriks-akses.pdf";

    /// <summary>A loan product of the spare program, for the product routes (administrators only).</summary>
    public Guid Product { get; init; }

    /// <summary>The demo's merchandise rule, one of its rewards (Eti Rohaeti's), and a cash-book line of Euis Komariah (made once per app).</summary>
    public Guid RewardRule { get; init; }

    public Guid RewardIssue { get; init; }

    public Guid CashLine { get; init; }

    /// <summary>Citra Sari's food-safety session of 2011 (held: attendance is recorded, so a write stops at its state or a missing field).</summary>
    public Guid Training { get; init; }

    /// <summary>The business administration topic and the radio station that gave the online-selling training.</summary>
    public Guid TrainingTopic { get; init; }

    public Guid TrainingProvider { get; init; }

    /// <summary>Citra Sari's melinjo visit of 2007, its follow-up (done, owned by the treasurer) and the help request it answered.</summary>
    public Guid Visit { get; init; }

    public Guid FollowUp { get; init; }

    public Guid HelpRequest { get; init; }

    /// <summary>Citra Sari's open supply order of 2012: Eti Rohaeti (the chair) buys from Iis Suryani (the treasurer).</summary>
    public Guid SupplyOrder { get; init; }

    /// <summary>A held demo exhibition and Eti Rohaeti's invitation to it, with her results (writes stop at its state or a missing field).</summary>
    public Guid Exhibition { get; init; }

    public Guid ExhibitionInvitation { get; init; }

    /// <summary>The demo's channel Supermarket Yogya (decision 0019).</summary>
    public Guid Channel { get; init; }

    /// <summary>Eti Rohaeti's (the chair's) placement at Supermarket Yogya (decision 0022).</summary>
    public Guid Placement { get; init; }

    /// <summary>Citra Sari's product "Emping melinjo" and a variant of it in use (the supply order's), so a delete stops at 409.</summary>
    public Guid GroupProduct { get; init; }

    public Guid Variant { get; init; }

    /// <summary>
    /// The demo's yearly questionnaire, its published version 2 (a draft 3 exists, so every edit of it stops at its state), a scored
    /// form of Euis Komariah's, the facilitators it is assigned to (as the form posts them) and Citra Sari's decided 2012 evaluation.
    /// </summary>
    public Guid Questionnaire { get; init; }

    public Guid QuestionnaireVersion { get; init; }

    public Guid FilledForm { get; init; }

    public string Assigned { get; init; } = "";

    public Guid Evaluation { get; init; }

    /// <summary>The demo's matching round of Conggeang.</summary>
    public Guid Round { get; init; }

    /// <summary>Citra Sari's 2011 peer seminar, where the Opak leader spoke.</summary>
    public Guid Meeting { get; init; }

    private static readonly ConcurrentDictionary<TestApp, Lazy<Task<DemoRecords>>> Cache = new();

    public static Task<DemoRecords> For(TestApp app) => Cache.GetOrAdd(app, a => new Lazy<Task<DemoRecords>>(() => LoadAsync(a))).Value;

    /// <summary>Replaces the record names in a matrix URL or body value (<c>{group}</c>, <c>{proposal}</c> ...).</summary>
    public string Fill(string template) => template
        .Replace("{program}", Program.ToString(), StringComparison.Ordinal)
        .Replace("{group}", CitraSari.ToString(), StringComparison.Ordinal)
        .Replace("{proposal}", Proposal.ToString(), StringComparison.Ordinal)
        .Replace("{member}", Member.ToString(), StringComparison.Ordinal)
        .Replace("{socialization}", Socialization.ToString(), StringComparison.Ordinal)
        .Replace("{attendee}", Attendee.ToString(), StringComparison.Ordinal)
        .Replace("{attachment}", Attachment.ToString(), StringComparison.Ordinal)
        .Replace("{user}", User, StringComparison.Ordinal)
        .Replace("{spareprogram}", SpareProgram.ToString(), StringComparison.Ordinal)
        .Replace("{village}", TestData.Narimbang, StringComparison.Ordinal)
        .Replace("{product}", Product.ToString(), StringComparison.Ordinal)
        .Replace("{loan}", Loan.ToString(), StringComparison.Ordinal)
        .Replace("{repayment}", Repayment.ToString(), StringComparison.Ordinal)
        .Replace("{item}", ProposalItem.ToString(), StringComparison.Ordinal)
        .Replace("{chairpartner}", Chair.ToString(), StringComparison.Ordinal)
        .Replace("{opakmember}", OpakMember.ToString(), StringComparison.Ordinal)
        .Replace("{rewardrule}", RewardRule.ToString(), StringComparison.Ordinal)
        .Replace("{rewardissue}", RewardIssue.ToString(), StringComparison.Ordinal)
        .Replace("{cashline}", CashLine.ToString(), StringComparison.Ordinal)
        .Replace("{training}", Training.ToString(), StringComparison.Ordinal)
        .Replace("{trainingtopic}", TrainingTopic.ToString(), StringComparison.Ordinal)
        .Replace("{trainingprovider}", TrainingProvider.ToString(), StringComparison.Ordinal)
        .Replace("{visit}", Visit.ToString(), StringComparison.Ordinal)
        .Replace("{followup}", FollowUp.ToString(), StringComparison.Ordinal)
        .Replace("{helprequest}", HelpRequest.ToString(), StringComparison.Ordinal)
        .Replace("{supplyorder}", SupplyOrder.ToString(), StringComparison.Ordinal)
        .Replace("{exhibitioninvitation}", ExhibitionInvitation.ToString(), StringComparison.Ordinal)
        .Replace("{exhibition}", Exhibition.ToString(), StringComparison.Ordinal)
        .Replace("{channel}", Channel.ToString(), StringComparison.Ordinal)
        .Replace("{placement}", Placement.ToString(), StringComparison.Ordinal)
        .Replace("{groupproduct}", GroupProduct.ToString(), StringComparison.Ordinal)
        .Replace("{variant}", Variant.ToString(), StringComparison.Ordinal)
        .Replace("{questionnaire}", Questionnaire.ToString(), StringComparison.Ordinal)
        .Replace("{qversion}", QuestionnaireVersion.ToString(), StringComparison.Ordinal)
        .Replace("{qform}", FilledForm.ToString(), StringComparison.Ordinal)
        .Replace("{assigned}", Assigned, StringComparison.Ordinal)
        .Replace("{evaluation}", Evaluation.ToString(), StringComparison.Ordinal)
        .Replace("{round}", Round.ToString(), StringComparison.Ordinal)
        .Replace("{meeting}", Meeting.ToString(), StringComparison.Ordinal);

    private static async Task<DemoRecords> LoadAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        var program = await db.Programs.Where(p => p.Code == "TELKOM-CDC").Select(p => p.Id).SingleAsync();
        var citra = await db.Groups.Where(g => g.Name == "Citra Sari").Select(g => g.Id).SingleAsync();
        var opak = await db.Groups.Where(g => g.Name == "Opak Conggeang").Select(g => g.Id).SingleAsync();
        var proposal = await db.Proposals.Where(p => p.GroupId == citra && p.Status == ProposalStatus.Decided).Select(p => p.Id).SingleAsync();
        var member = await db.Partners.Where(p => p.OwnerName == "Euis Komariah").Select(p => p.Id).SingleAsync();
        var chair = await db.Partners.Where(p => p.OwnerName == "Eti Rohaeti").Select(p => p.Id).SingleAsync();
        var opakMember = await db.Partners.Where(p => p.OwnerName == "Titin Suhartini").Select(p => p.Id).SingleAsync();
        var socialization = await db.Socializations.Where(s => s.VillageCode == TestData.Narimbang && s.Place.StartsWith("Rumah Ibu Eti"))
            .Select(s => s.Id).SingleAsync();
        var attendee = await db.SocializationAttendees.Where(a => a.SocializationEventId == socialization && a.Name == "Imas Masitoh")
            .Select(a => a.Id).SingleAsync();
        var citraIds = await db.GroupMemberships.Where(m => m.GroupId == citra).Select(m => m.PartnerId).ToListAsync();
        var citraPeople = await db.Partners.Where(p => citraIds.Contains(p.Id)).Select(p => new { p.Nik, p.Phone }).ToListAsync();

        var attachment = await db.Attachments.Where(a => a.OwnerId == proposal && a.FileName == AttachmentName).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
        if (attachment is null)
        {
            // The decided proposal takes no uploads any more, so the file is put beside it directly.
            var file = Domain.Common.Attachment.Create("Proposal", proposal, AttachmentName, "%PDF-1.4 matriks"u8.ToArray(), "seed", DateTimeOffset.UtcNow,
                Domain.Common.Attachment.DocumentTypes);
            db.Attachments.Add(file);
            await db.SaveChangesAsync();
            attachment = file.Id;
        }

        // Euis Komariah's repaid loan of 3 February 2006 and its first payment: writes on it stop at its state.
        var loan = await db.Loans.Where(l => l.PartnerId == member).Select(l => l.Id).SingleAsync();
        var repayment = await db.Repayments.Where(r => r.LoanId == loan).OrderBy(r => r.PaidOn).Select(r => r.Id).FirstAsync();
        var item = await db.ProposalItems.Where(i => i.ProposalId == proposal && i.PartnerId == member).Select(i => i.Id).SingleAsync();

        var training = await db.TrainingSessions.Where(t => db.TrainingTopics.Any(x => x.Id == t.TopicId && x.Code == "food-safety") && t.IsHeld)
            .Select(t => t.Id).SingleAsync();
        var trainingTopic = await db.TrainingTopics.Where(t => t.ProgramId == program && t.Code == "business-admin").Select(t => t.Id).SingleAsync();
        var trainingProvider = await db.TrainingProviders.Where(t => t.ProgramId == program && t.Kind == Domain.Coaching.ProviderKind.RadioStation)
            .Select(t => t.Id).SingleAsync();
        var visit = await db.MonitoringVisits.Where(v => v.GroupId == citra && v.VisitedOn == new DateOnly(2007, 12, 5)).Select(v => v.Id).SingleAsync();
        var followUp = await db.FollowUps.Where(f => f.VisitId == visit).Select(f => f.Id).SingleAsync();
        var helpRequest = await db.HelpRequests.Where(h => h.AnsweredByVisitId == visit).Select(h => h.Id).SingleAsync();
        var supplyOrder = await db.SupplyOrders.Where(o => o.GroupId == citra && o.Status == Domain.Markets.SupplyOrderStatus.Ordered && o.BuyerId == chair)
            .OrderBy(o => o.OrderedOn).Select(o => o.Id).FirstAsync();

        var exhibitionInvitation = await db.ExhibitionInvitations.Where(i => i.PartnerId == chair && i.Sales != null).OrderBy(i => i.InvitedAt)
            .Select(i => new { i.Id, i.ExhibitionId }).FirstAsync();
        var channel = await db.MarketChannels.Where(c => c.ProgramId == program && c.Name == "Supermarket Yogya").Select(c => c.Id).SingleAsync();

        var questionnaire = await db.Questionnaires.Where(q => q.ProgramId == program && q.Title == "Monitoring lapangan tahunan").Select(q => q.Id).SingleAsync();
        var questionnaireVersion = await db.QuestionnaireVersions.Where(v => v.QuestionnaireId == questionnaire && v.Number == 2).Select(v => v.Id).SingleAsync();
        var filledForm = await db.FilledForms.Where(f => f.PartnerId == member && db.FormScores.Any(s => s.FilledFormId == f.Id))
            .OrderByDescending(f => f.VisitDate).Select(f => f.Id).FirstAsync();
        var assigned = await db.QuestionnaireAssignments.Where(a => a.QuestionnaireId == questionnaire).Select(a => a.UserId).ToListAsync();
        var evaluation = await db.Evaluations.Where(e => e.SubjectId == citra && e.Year == 2012).Select(e => e.Id).SingleAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = "matriks-" + Guid.NewGuid().ToString("N")[..8] + "@test.berdaya.id";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Pengguna matriks", CreatedAt = DateTimeOffset.UtcNow };
        (await users.CreateAsync(user, Demo.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, Roles.Viewer)).Succeeded.ShouldBeTrue();

        // Page forms posted empty by an administrator go to a program of their own, never the demo's.
        var spare = new Domain.Programs.PartnershipProgram("MTX-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), "Program matriks", "PT Uji (Persero)", "CDC",
            Domain.Programs.EligibilityRegime.Regime2021, 3, 12, 10_000_000m, "32");
        db.Programs.Add(spare);
        var product = new Domain.Loans.LoanProduct(spare.Id, "MTX", "Produk matriks", Domain.Loans.LoanRegime.Regime2023, Domain.Loans.FeeMethod.Effective,
            3m, 10_000_000m, 36, 0, Domain.Loans.GraceKind.FeeOnly, 5, false, new DateOnly(2026, 1, 1), "seed", DateTimeOffset.UtcNow);
        db.LoanProducts.Add(product);
        var cashLine = Domain.CashBook.CashLine.Record(program, member, new DateOnly(2006, 6, 1), Domain.CashBook.CashCategory.Sales, 10_000m, "Matriks akses",
            "seed", DateTimeOffset.UtcNow);
        db.CashLines.Add(cashLine);
        await db.SaveChangesAsync();
        var rule = await db.RewardRules.Where(r => r.Name == "Tepat waktu 12 bulan (bayar sebelum tanggal 5)").Select(r => r.Id).SingleAsync();
        var issue = await db.RewardIssues.Where(i => i.RuleId == rule && i.PartnerId == chair).Select(i => i.Id).SingleAsync();

        return new DemoRecords(program, citra, opak, proposal, member, chair, opakMember, socialization, attendee, attachment.Value, user.Id, spare.Id,
            citraPeople.Select(p => p.Nik).ToList(), citraPeople.Where(p => p.Phone is not null).Select(p => p.Phone!).ToList(), loan, repayment, item)
        {
            Product = product.Id,
            RewardRule = rule,
            RewardIssue = issue,
            CashLine = cashLine.Id,
            Training = training,
            TrainingTopic = trainingTopic,
            TrainingProvider = trainingProvider,
            Visit = visit,
            FollowUp = followUp,
            HelpRequest = helpRequest,
            SupplyOrder = supplyOrder,
            Exhibition = exhibitionInvitation.ExhibitionId,
            ExhibitionInvitation = exhibitionInvitation.Id,
            Channel = channel,
            Placement = await db.Placements.Where(x => x.ChannelId == channel && x.PartnerId == chair).Select(x => x.Id).SingleAsync(),
            GroupProduct = await db.GroupProducts.Where(x => x.GroupId == citra && x.Name == "Emping melinjo").Select(x => x.Id).SingleAsync(),
            Variant = await db.SupplyOrders.Where(o => o.Id == supplyOrder).Select(o => o.VariantId).SingleAsync(),
            Questionnaire = questionnaire,
            QuestionnaireVersion = questionnaireVersion,
            FilledForm = filledForm,
            Assigned = string.Join('&', assigned.Order(StringComparer.Ordinal).Select(u => "Assigned=" + u)),
            Evaluation = evaluation,
            Round = await db.MatchingRounds.Select(r => r.Id).FirstAsync(),
            Meeting = await db.Meetings.Where(m => m.RoundId == null).Select(m => m.Id).FirstAsync(),
        };
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"group {CitraSari}, proposal {Proposal}");
}
