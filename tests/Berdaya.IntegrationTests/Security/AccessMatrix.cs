using Berdaya.IntegrationTests.Infrastructure;
using static Berdaya.IntegrationTests.Security.Who;

namespace Berdaya.IntegrationTests.Security;

/// <summary>The demo users (and nobody) by role, as a set so a rule can name several.</summary>
[Flags]
public enum Who
{
    Nobody = 0,
    Anonymous = 1,
    Administrator = 2,
    Officer = 4,
    Facilitator = 8,
    Evaluator = 16,
    Viewer = 32,

    /// <summary>ketua.citrasari@: a Partner user, chair of Citra Sari.</summary>
    Chair = 64,

    /// <summary>bendahara.citrasari@: a Partner user, treasurer of Citra Sari.</summary>
    Treasurer = 128,

    SignedIn = Administrator | Officer | Facilitator | Evaluator | Viewer | Chair | Treasurer,
    Anyone = Anonymous | SignedIn,
}

/// <summary>
/// One endpoint: its route pattern as the app maps it, who may use it, the URL called with names of
/// demo records (<see cref="DemoRecords.Fill"/>) and the smallest body the call needs.
/// </summary>
public sealed record Rule(string Method, string Pattern, Who Allowed, string Url, string? Body = null)
{
    public string Key => $"{Method} {Pattern}";

    private static readonly string[] CitraSariTokens =
        ["{group}", "{proposal}", "{member}", "{socialization}", "{attendee}", "{attachment}", "{loan}", "{repayment}", "{item}", "{chairpartner}", "{training}",
            "{visit}", "{followup}", "{helprequest}", "{supplyorder}", "{placement}", "{qform}", "{evaluation}", "{meeting}"];

    /// <summary>The call reaches a Citra Sari record (by route or by body), so an out-of-scope user must get 404.</summary>
    public bool ReachesCitraSari =>
        CitraSariTokens.Any(t => Url.Contains(t, StringComparison.Ordinal) || (Body?.Contains(t, StringComparison.Ordinal) ?? false));

    public override string ToString() => Key;
}

/// <summary>
/// Who may use what (docs/domain.md, Roles and scope). Administrators run everything; program
/// officers everything in their program and alone survey, return and decide; facilitators register
/// partners, socializations and groups and enter proposals in their villages; the group's secretary or
/// treasurer (not the chair) enters its proposal; evaluators and viewers only read, evaluators without
/// NIK or phone; socialization meetings are field work, read by those who hold them. A write on
/// Citra Sari's decided proposal stops at its state (409), so an allowed call changes nothing.
/// </summary>
public static class AccessMatrix
{
    private const Who Field = Administrator | Officer | Facilitator;
    private const Who ProposalEditors = Administrator | Officer | Facilitator | Treasurer;
    private const Who Office = Administrator | Officer;
    private const Who FundReaders = Administrator | Officer | Viewer;

    /// <summary>
    /// Questionnaires and their answers are read by staff and management (a facilitator: their villages' answers); evaluators score
    /// under codes elsewhere; the evaluations are read by the office, the evaluator and viewers (decisions 0025 and 0028).
    /// </summary>
    private const Who QuestionnaireReaders = Field | Viewer;
    private const Who ScoringReaders = Office | Evaluator;
    private const Who Scorers = Administrator | Evaluator;
    private const Who EvaluationReaders = Office | Evaluator | Viewer;
    private const Who Judges = Office | Evaluator;

    /// <summary>The training catalogue, providers and flags: staff, evaluators and viewers (not partners).</summary>
    private const Who TrainingReaders = Administrator | Officer | Facilitator | Evaluator | Viewer;

    /// <summary>A session's feedback: staff for a participant, Eti and Iis (both at the food-safety session) for themselves.</summary>
    private const Who TrainingFeedback = Field | Chair | Treasurer;

    /// <summary>Payments are recorded by staff in the field or the office, and by the borrower's group treasurer.</summary>
    private const Who Collectors = Administrator | Officer | Facilitator | Treasurer;

    /// <summary>A partner's licences: read in scope, by the partner only their own; documents never by evaluators or viewers.</summary>
    private const Who LegalityReaders = SignedIn & ~Treasurer;
    private const Who LegalityFiles = Field | Chair;
    private const Who GroupTrade = Field | Chair | Treasurer;
    private const Who LegalityProgram = Administrator | Officer | Facilitator | Viewer | Evaluator;
    /// <summary>
    /// A partner's cash book (Euis Komariah's) is kept by staff and her group's treasurer; the chair is another partner
    /// (404); evaluators and viewers never read personal money (decision 0017).
    /// </summary>
    private const Who CashBookKeepers = Administrator | Officer | Facilitator | Treasurer;
    /// <summary>Monitoring: staff in scope, and a partner for their own help requests and follow-ups.</summary>
    private const Who Supported = Field | Chair | Treasurer;

    /// <summary>The melinjo follow-up is the treasurer's own (done, so an allowed close stops at its state).</summary>
    private const Who FollowUpClosers = Administrator | Officer | Treasurer;

    // Meet and Greet's directory: read by the program's staff, viewers and partners (never evaluators); a partner's own page by the
    // staff in scope, viewers and the partner; a decision recorded by the partner or the field staff.
    private const Who DirectoryReaders = SignedIn & ~Evaluator;
    private const Who OwnDirectory = Field | Viewer | Chair;
    private const Who DirectoryWriters = Field | Chair;

    // Meet and Greet's meetings: read by the office, viewers, the facilitator of someone invited and the partners invited (Citra Sari's
    // 2011 seminar invited the chair and the treasurer); recorded by the field staff; a round's outcomes by the office and viewers.
    private const Who MeetingReaders = Field | Viewer | Chair | Treasurer;

    public static readonly Rule[] Api =
    [
        new("POST", "/api/v1/auth/login", Anyone, "/api/v1/auth/login", """{"email":"","password":""}"""),
        new("GET", "/api/v1/auth/me", SignedIn, "/api/v1/auth/me"),
        new("POST", "/api/v1/auth/refresh", Anyone, "/api/v1/auth/refresh", """{"refreshToken":"bukan-token"}"""),

        new("GET", "/api/v1/regions/", SignedIn, "/api/v1/regions?parent=32.11.07"),
        new("GET", "/api/v1/regions/{code}", SignedIn, "/api/v1/regions/{village}"),
        new("GET", "/api/v1/regions/search", SignedIn, "/api/v1/regions/search?q=narimb"),

        new("GET", "/api/v1/programs/", SignedIn, "/api/v1/programs"),
        new("GET", "/api/v1/programs/{id:guid}", SignedIn, "/api/v1/programs/{program}"),
        new("POST", "/api/v1/programs/", Administrator, "/api/v1/programs", "{}"),
        new("PUT", "/api/v1/programs/{id:guid}", Administrator, "/api/v1/programs/{program}", "{}"),

        new("GET", "/api/v1/users/", Administrator, "/api/v1/users"),
        new("POST", "/api/v1/users/", Administrator, "/api/v1/users", "{}"),
        new("GET", "/api/v1/users/{id}", Administrator, "/api/v1/users/{user}"),
        new("PUT", "/api/v1/users/{id}", Administrator, "/api/v1/users/{user}", "{}"),
        new("PUT", "/api/v1/users/{id}/scope", Administrator, "/api/v1/users/{user}/scope", "{}"),
        new("POST", "/api/v1/users/{id}/password", Administrator, "/api/v1/users/{user}/password", "{}"),
        new("POST", "/api/v1/users/{id}/unlock", Administrator, "/api/v1/users/{user}/unlock"),
        new("GET", "/api/v1/audit", Administrator, "/api/v1/audit"),

        new("GET", "/api/v1/partners/", SignedIn, "/api/v1/partners"),
        new("GET", "/api/v1/partners/{id:guid}", SignedIn, "/api/v1/partners/{member}"),
        new("GET", "/api/v1/partners/{id:guid}/eligibility", SignedIn, "/api/v1/partners/{member}/eligibility"),
        new("POST", "/api/v1/partners/", Field, "/api/v1/partners", "{}"),
        new("PUT", "/api/v1/partners/{id:guid}", Field, "/api/v1/partners/{member}", "{}"),
        new("POST", "/api/v1/partners/{id:guid}/nik", Field, "/api/v1/partners/{member}/nik"),

        new("GET", "/api/v1/socializations/", Field, "/api/v1/socializations"),
        new("GET", "/api/v1/socializations/{id:guid}", Field, "/api/v1/socializations/{socialization}"),
        new("POST", "/api/v1/socializations/", Field, "/api/v1/socializations", "{}"),
        new("POST", "/api/v1/socializations/{id:guid}/attendees", Field, "/api/v1/socializations/{socialization}/attendees", "{}"),
        new("POST", "/api/v1/socializations/{id:guid}/attendees/{attendeeId:guid}/partner", Field,
            "/api/v1/socializations/{socialization}/attendees/{attendee}/partner", "{}"),

        new("GET", "/api/v1/groups/", SignedIn, "/api/v1/groups"),
        new("POST", "/api/v1/groups/", Field, "/api/v1/groups", "{}"),
        new("GET", "/api/v1/groups/{id:guid}", SignedIn, "/api/v1/groups/{group}"),
        new("PUT", "/api/v1/groups/{id:guid}/members", Field, "/api/v1/groups/{group}/members", "{}"),
        new("GET", "/api/v1/groups/{id:guid}/timeline", SignedIn, "/api/v1/groups/{group}/timeline"),

        new("GET", "/api/v1/proposals/", SignedIn, "/api/v1/proposals"),
        new("POST", "/api/v1/proposals/", ProposalEditors, "/api/v1/proposals",
            """{"groupId":"{group}","items":[{"partnerId":"{member}","amount":0,"purpose":""}]}"""),
        new("GET", "/api/v1/proposals/{id:guid}", SignedIn, "/api/v1/proposals/{proposal}"),
        new("PUT", "/api/v1/proposals/{id:guid}", ProposalEditors, "/api/v1/proposals/{proposal}", "{}"),
        new("POST", "/api/v1/proposals/{id:guid}/submit", ProposalEditors, "/api/v1/proposals/{proposal}/submit"),
        new("POST", "/api/v1/proposals/{id:guid}/return", Office, "/api/v1/proposals/{proposal}/return", """{"reason":"Lengkapi"}"""),
        new("POST", "/api/v1/proposals/{id:guid}/attachments", ProposalEditors, "/api/v1/proposals/{proposal}/attachments", "file"),
        new("GET", "/api/v1/proposals/{id:guid}/attachments/{attachmentId:guid}", SignedIn & ~Evaluator, "/api/v1/proposals/{proposal}/attachments/{attachment}"),
        new("POST", "/api/v1/proposals/{id:guid}/surveys", Office, "/api/v1/proposals/{proposal}/surveys", """{"partnerId":"{member}"}"""),
        new("POST", "/api/v1/proposals/{id:guid}/decisions", Office, "/api/v1/proposals/{proposal}/decisions",
            """{"partnerId":"{member}","approve":false,"reason":"Uji"}"""),
        new("GET", "/api/v1/proposals/{id:guid}/approved", SignedIn, "/api/v1/proposals/{proposal}/approved"),

        new("POST", "/api/v1/loan-schedules/preview", Field, "/api/v1/loan-schedules/preview", "{}"),

        // Lending: loans and repayments. Euis Komariah's loan is repaid, so an allowed write stops at its state (409).
        // A partner reads their own loans; the treasurer also the group's, which she collects; the chair not another member's.
        new("GET", "/api/v1/loans/", SignedIn, "/api/v1/loans"),
        new("POST", "/api/v1/loans/", Office, "/api/v1/loans",
            """{"proposalItemId":"{item}","productId":"{item}","amount":1000,"tenorMonths":12,"graceMonths":0,"disbursedOn":"2006-02-03","channel":"Cash"}"""),
        new("GET", "/api/v1/loans/{id:guid}", SignedIn & ~Chair, "/api/v1/loans/{loan}"),
        new("POST", "/api/v1/loans/{id:guid}/repayments", Collectors, "/api/v1/loans/{loan}/repayments",
            """{"amount":1000,"paidOn":"2006-03-03","channel":"Cash"}"""),
        new("GET", "/api/v1/loans/{id:guid}/repayments/{repaymentId:guid}", SignedIn & ~Chair, "/api/v1/loans/{loan}/repayments/{repayment}"),
        new("POST", "/api/v1/loans/{id:guid}/repayments/{repaymentId:guid}/reversal", Office, "/api/v1/loans/{loan}/repayments/{repayment}/reversal",
            """{"reason":"Uji matriks"}"""),
        new("POST", "/api/v1/loans/{id:guid}/reschedule", Office, "/api/v1/loans/{loan}/reschedule",
            """{"tenorMonths":12,"graceMonths":0,"on":"2008-01-01","reason":"Uji"}"""),
        new("POST", "/api/v1/loans/{id:guid}/write-off", Office, "/api/v1/loans/{loan}/write-off",
            """{"kind":"Book","reference":"SK-UJI","on":"2008-01-01"}"""),

        // Repayments: the group's monthly collection sheet, the "due this month" list, a partner's on-time record.
        new("GET", "/api/v1/groups/{id:guid}/collection-sheets/{month}", Collectors, "/api/v1/groups/{group}/collection-sheets/2026-11"),
        new("POST", "/api/v1/groups/{id:guid}/collection-sheets/{month}", Collectors, "/api/v1/groups/{group}/collection-sheets/2026-11", "{}"),
        new("GET", "/api/v1/groups/{id:guid}/due", Collectors, "/api/v1/groups/{group}/due"),
        new("GET", "/api/v1/partners/{id:guid}/on-time", SignedIn, "/api/v1/partners/{member}/on-time"),

        // Loan products, fund and reports: products for the office, written by administrators; the fund for
        // the office and viewers; the reports and their workbooks also for the evaluator (program figures, no person).
        new("GET", "/api/v1/loan-products/", Office, "/api/v1/loan-products?programId={program}"),
        new("POST", "/api/v1/loan-products/", Administrator, "/api/v1/loan-products", "{}"),
        new("POST", "/api/v1/loan-products/{id:guid}/revisions", Administrator, "/api/v1/loan-products/{product}/revisions", "{}"),
        new("GET", "/api/v1/fund/position", FundReaders, "/api/v1/fund/position?programId={program}"),
        new("GET", "/api/v1/fund/trial-balance", FundReaders, "/api/v1/fund/trial-balance?programId={program}"),
        new("GET", "/api/v1/fund/receivable-check", FundReaders, "/api/v1/fund/receivable-check?programId={program}"),
        new("GET", "/api/v1/fund/ledger-check", FundReaders, "/api/v1/fund/ledger-check?programId={program}"),
        new("GET", "/api/v1/fund/statement", FundReaders, "/api/v1/fund/statement?programId={program}"),
        new("GET", "/api/v1/fund/allowance", FundReaders, "/api/v1/fund/allowance?programId={program}"),
        new("POST", "/api/v1/fund/movements", Office, "/api/v1/fund/movements", """{"programId":"{program}"}"""),
        new("GET", "/api/v1/reports/kpis", FundReaders | Evaluator, "/api/v1/reports/kpis?programId={program}"),
        new("GET", "/api/v1/impact", FundReaders | Facilitator, "/api/v1/impact?programId={program}"),
        new("GET", "/api/v1/reports/portfolio", FundReaders | Evaluator, "/api/v1/reports/portfolio?programId={program}"),
        new("GET", "/api/v1/reports/portfolio.xlsx", FundReaders | Evaluator, "/api/v1/reports/portfolio.xlsx?programId={program}"),
        new("GET", "/api/v1/reports/kpis.xlsx", FundReaders | Evaluator, "/api/v1/reports/kpis.xlsx?programId={program}"),
        new("GET", "/api/v1/reports/semester", FundReaders, "/api/v1/reports/semester?programId={program}&year=2006&semester=2"),

        // Loan pages: the loan card's Excel export, with the card's scope.
        new("GET", "/api/v1/loans/{id:guid}/export", SignedIn & ~Chair, "/api/v1/loans/{loan}/export"),

        // Daily close: the program office's; an empty body is refused before anything runs.
        new("GET", "/api/v1/daily-closes/", Office, "/api/v1/daily-closes"),
        new("GET", "/api/v1/daily-closes/{date}", Office, "/api/v1/daily-closes/2001-01-01"),
        new("POST", "/api/v1/daily-closes/", Office, "/api/v1/daily-closes", "{}"),

        // Work list and reminders: everyone signed in has their own; scheduled jobs are the administrator's.
        new("GET", "/api/v1/tasks/", SignedIn, "/api/v1/tasks"),
        new("GET", "/api/v1/partners/{id:guid}/needs", Field | Chair, "/api/v1/partners/{chairpartner}/needs"),
        new("GET", "/api/v1/groups/{id:guid}/needs", Field, "/api/v1/groups/{group}/needs"),
        new("GET", "/api/v1/reports/coverage", Administrator | Officer | Facilitator | Viewer, "/api/v1/reports/coverage?programId={program}"),
        new("POST", "/api/v1/tasks/{id:guid}/done", SignedIn, "/api/v1/tasks/0195f1a0-0000-7000-8000-000000000000/done"),
        new("GET", "/api/v1/jobs/runs", Administrator, "/api/v1/jobs/runs"),
        new("POST", "/api/v1/jobs/{job}/run", Administrator, "/api/v1/jobs/bukan-pekerjaan/run"),
        // Legality: Eti Rohaeti's licences (the chair's own record, not the treasurer's). Each allowed write stops at a rule
        // (no state, a renewal or change of the wrong kind), except the upload, which keeps a PDF on her NPWP.
        new("GET", "/api/v1/partners/{id:guid}/legality/", LegalityReaders, "/api/v1/partners/{chairpartner}/legality"),
        new("GET", "/api/v1/partners/{id:guid}/legality/{kind}", LegalityReaders, "/api/v1/partners/{chairpartner}/legality/pirt"),
        new("PUT", "/api/v1/partners/{id:guid}/legality/{kind}", Field, "/api/v1/partners/{chairpartner}/legality/nib", "{}"),
        new("POST", "/api/v1/partners/{id:guid}/legality/{kind}/renewal", Field, "/api/v1/partners/{chairpartner}/legality/halal/renewal", "{}"),
        new("POST", "/api/v1/partners/{id:guid}/legality/{kind}/change", Field, "/api/v1/partners/{chairpartner}/legality/nib/change", "{}"),
        new("POST", "/api/v1/partners/{id:guid}/legality/{kind}/document", LegalityFiles, "/api/v1/partners/{chairpartner}/legality/npwp/document", "file"),
        new("GET", "/api/v1/partners/{id:guid}/legality/{kind}/document", LegalityFiles, "/api/v1/partners/{chairpartner}/legality/pirt/document"),
        new("GET", "/api/v1/legality", LegalityProgram, "/api/v1/legality?programId={program}"),
        // Cash book and rewards: empty days and rules stop at a missing field, so nothing is written.
        new("GET", "/api/v1/partners/{id:guid}/cash-book/", CashBookKeepers, "/api/v1/partners/{member}/cash-book?month=2006-06"),
        new("POST", "/api/v1/partners/{id:guid}/cash-book/days", CashBookKeepers, "/api/v1/partners/{member}/cash-book/days", """{"date":"2024-01-02","rows":[]}"""),
        new("POST", "/api/v1/partners/{id:guid}/cash-book/lines/{lineId:guid}/reversal", CashBookKeepers,
            "/api/v1/partners/{member}/cash-book/lines/{cashline}/reversal", """{"reason":""}"""),
        new("GET", "/api/v1/partners/{id:guid}/cash-book/offers", CashBookKeepers, "/api/v1/partners/{member}/cash-book/offers"),
        new("GET", "/api/v1/partners/{id:guid}/quarterly-reports/", CashBookKeepers, "/api/v1/partners/{member}/quarterly-reports"),
        new("GET", "/api/v1/partners/{id:guid}/quarterly-reports/{quarter}", CashBookKeepers, "/api/v1/partners/{member}/quarterly-reports/2006-Q3"),
        new("POST", "/api/v1/partners/{id:guid}/quarterly-reports/", CashBookKeepers, "/api/v1/partners/{member}/quarterly-reports", """{"quarter":""}"""),
        // A quarter's declines: read by staff in their scope; the office's check of a quarter that is not one stops at the field.
        new("GET", "/api/v1/fostering/declines/", Field, "/api/v1/fostering/declines?programId={program}&quarter=2007-Q3"),
        new("POST", "/api/v1/fostering/declines/check", Office, "/api/v1/fostering/declines/check", """{"programId":"{program}","quarter":"bukan"}"""),
        new("GET", "/api/v1/fostering/settings/", Field, "/api/v1/fostering/settings?programId={program}"),
        new("PUT", "/api/v1/fostering/settings/", Office, "/api/v1/fostering/settings?programId={program}", "{}"),
        // Bankability and graduation: read by staff and viewers in scope and by the partner themself (the chair, Eti Rohaeti, graduated in the demo,
        // so every allowed write stops at her graduation: 409); declared by field staff, graduated by the office.
        new("GET", "/api/v1/partners/{id:guid}/bankability", Field | Viewer | Chair, "/api/v1/partners/{chairpartner}/bankability"),
        // Meet and Greet: the directory by consent, requests to connect, endorsements and the public products page. Every write stops at
        // validation (an empty body, or a request or endorsement that does not exist), so an allowed call changes nothing.
        new("GET", "/api/v1/directory", DirectoryReaders, "/api/v1/directory?q=emping"),
        new("GET", "/api/v1/partners/{id:guid}/directory-consent", OwnDirectory, "/api/v1/partners/{chairpartner}/directory-consent"),
        new("POST", "/api/v1/partners/{id:guid}/directory-consent", DirectoryWriters, "/api/v1/partners/{chairpartner}/directory-consent", "{}"),
        new("GET", "/api/v1/partners/{id:guid}/connections", OwnDirectory, "/api/v1/partners/{chairpartner}/connections"),
        new("POST", "/api/v1/partners/{id:guid}/connections", DirectoryWriters, "/api/v1/partners/{chairpartner}/connections", "{}"),
        new("POST", "/api/v1/connections/{id:guid}/answer", DirectoryWriters, "/api/v1/connections/00000000-0000-0000-0000-00000000c001/answer", "{}"),
        new("POST", "/api/v1/partners/{id:guid}/endorsements", Office | Chair, "/api/v1/partners/{chairpartner}/endorsements", "{}"),
        new("DELETE", "/api/v1/endorsements/{id:guid}", Office, "/api/v1/endorsements/00000000-0000-0000-0000-00000000e001"),
        new("GET", "/api/v1/mentors", DirectoryReaders, "/api/v1/mentors"),
        new("POST", "/api/v1/partners/{id:guid}/mentor", DirectoryWriters, "/api/v1/partners/{chairpartner}/mentor", "{}"),
        new("GET", "/api/v1/matching/rounds", Office, "/api/v1/matching/rounds"),
        new("POST", "/api/v1/matching/rounds", Office, "/api/v1/matching/rounds", "{}"),
        new("GET", "/api/v1/matching/rounds/{id:guid}", Office, "/api/v1/matching/rounds/{round}"),
        new("POST", "/api/v1/matching/pairs/{id:guid}", Office, "/api/v1/matching/pairs/00000000-0000-0000-0000-00000000a001", "{}"),
        new("POST", "/api/v1/matching/pairs/{id:guid}/answer", DirectoryWriters, "/api/v1/matching/pairs/00000000-0000-0000-0000-00000000a001/answer", "{}"),
        new("POST", "/api/v1/matching/pairs/{id:guid}/swap", Office, "/api/v1/matching/pairs/00000000-0000-0000-0000-00000000a001/swap", "{}"),
        new("GET", "/api/v1/matching/rounds/{id:guid}/outcomes", Office | Viewer, "/api/v1/matching/rounds/{round}/outcomes"),
        new("POST", "/api/v1/meetings", Field, "/api/v1/meetings", "{}"),
        new("GET", "/api/v1/meetings/{id:guid}", MeetingReaders, "/api/v1/meetings/{meeting}"),
        new("POST", "/api/v1/meetings/{id:guid}/followups", Field, "/api/v1/meetings/{meeting}/followups", "{}"),
        new("POST", "/api/v1/meetings/{id:guid}/collaborations", Field, "/api/v1/meetings/{meeting}/collaborations", "{}"),
        new("POST", "/api/v1/rounds/{roundId:guid}/partners/{partnerId:guid}/confidence", DirectoryWriters, "/api/v1/rounds/{round}/partners/{chairpartner}/confidence", "{}"),
        new("GET", "/api/v1/partners/{id:guid}/mentoring", OwnDirectory, "/api/v1/partners/{chairpartner}/mentoring"),
        new("GET", "/api/v1/public/products", Anyone, "/api/v1/public/products?q=emping"),
        new("POST", "/api/v1/public/enquiries", Anyone, "/api/v1/public/enquiries", "{}"),
        new("POST", "/api/v1/partners/{id:guid}/bankability/declarations", Field, "/api/v1/partners/{chairpartner}/bankability/declarations", "{}"),
        new("POST", "/api/v1/partners/{id:guid}/graduation", Office, "/api/v1/partners/{chairpartner}/graduation", "{}"),
        new("POST", "/api/v1/partners/{id:guid}/cash-book/offers/{sourceType}/{sourceId:guid}", CashBookKeepers,
            "/api/v1/partners/{member}/cash-book/offers/none/00000000-0000-0000-0000-000000000001"),
        new("GET", "/api/v1/reward-rules/", Office, "/api/v1/reward-rules"),
        new("POST", "/api/v1/reward-rules/", Office, "/api/v1/reward-rules", "{}"),
        new("GET", "/api/v1/reward-rules/{id:guid}/qualification", Office, "/api/v1/reward-rules/{rewardrule}/qualification?on=2007-12-31"),
        new("GET", "/api/v1/reward-rules/{id:guid}/issues", Office, "/api/v1/reward-rules/{rewardrule}/issues"),
        new("POST", "/api/v1/reward-rules/{id:guid}/issues", Office, "/api/v1/reward-rules/{rewardrule}/issues", "{}"),
        new("GET", "/api/v1/partners/{id:guid}/rewards", SignedIn, "/api/v1/partners/{member}/rewards"),
        // Group markets: members read their group's prices, variants and orders (evaluators and viewers the counts); writes stop at a
        // missing field, a state ({supplyorder} is the chair's open order from the treasurer) or a record not found.
        new("GET", "/api/v1/groups/{id:guid}/prices", SignedIn, "/api/v1/groups/{group}/prices"),
        new("POST", "/api/v1/groups/{id:guid}/prices", GroupTrade, "/api/v1/groups/{group}/prices", "{}"),
        new("GET", "/api/v1/groups/{id:guid}/products", SignedIn, "/api/v1/groups/{group}/products"),
        new("POST", "/api/v1/groups/{id:guid}/allocations", GroupTrade, "/api/v1/groups/{group}/allocations", "{}"),
        new("POST", "/api/v1/groups/{id:guid}/products", GroupTrade, "/api/v1/groups/{group}/products", "{}"),
        new("PUT", "/api/v1/groups/{id:guid}/products/{productId:guid}", GroupTrade, "/api/v1/groups/{group}/products/{groupproduct}", "{}"),
        new("POST", "/api/v1/groups/{id:guid}/products/{productId:guid}/variants", GroupTrade, "/api/v1/groups/{group}/products/{groupproduct}/variants", "{}"),
        new("PUT", "/api/v1/groups/{id:guid}/variants/{variantId:guid}", GroupTrade, "/api/v1/groups/{group}/variants/{variant}", "{}"),
        new("POST", "/api/v1/groups/{id:guid}/variants/{variantId:guid}/retirement", GroupTrade, "/api/v1/groups/{group}/variants/{variant}/retirement", "{}"),
        new("POST", "/api/v1/groups/{id:guid}/variants/{variantId:guid}/restoration", GroupTrade, "/api/v1/groups/{group}/variants/{variant}/restoration", "{}"),
        new("DELETE", "/api/v1/groups/{id:guid}/variants/{variantId:guid}", GroupTrade, "/api/v1/groups/{group}/variants/{variant}"),
        new("DELETE", "/api/v1/groups/{id:guid}/allocations/{allocationId:guid}", GroupTrade,
            "/api/v1/groups/{group}/allocations/0195f1a0-0000-7000-8000-000000000000"),
        new("GET", "/api/v1/groups/{id:guid}/supply-orders", SignedIn, "/api/v1/groups/{group}/supply-orders"),
        new("POST", "/api/v1/groups/{id:guid}/supply-orders", GroupTrade, "/api/v1/groups/{group}/supply-orders", "{}"),
        new("GET", "/api/v1/supply-orders/{id:guid}/", GroupTrade, "/api/v1/supply-orders/{supplyorder}"),
        new("POST", "/api/v1/supply-orders/{id:guid}/delivery", Field | Treasurer, "/api/v1/supply-orders/{supplyorder}/delivery", "{}"),
        new("POST", "/api/v1/supply-orders/{id:guid}/payment", GroupTrade, "/api/v1/supply-orders/{supplyorder}/payment", "{}"),
        new("POST", "/api/v1/supply-orders/{id:guid}/cancellation", GroupTrade, "/api/v1/supply-orders/{supplyorder}/cancellation", "{}"),
        new("GET", "/api/v1/partners/{id:guid}/supply-sales", SignedIn, "/api/v1/partners/{member}/supply-sales"),
        // Exhibitions: {exhibition} is held and {exhibitioninvitation} is Eti Rohaeti's (the chair's) with her results, so every allowed write
        // stops at a missing field or the recorded state.
        new("GET", "/api/v1/exhibitions/", Office | Viewer | Evaluator, "/api/v1/exhibitions?programId={program}"),
        new("POST", "/api/v1/exhibitions/", Office, "/api/v1/exhibitions", "{}"),
        new("GET", "/api/v1/exhibitions/{id:guid}", Office, "/api/v1/exhibitions/{exhibition}"),
        new("GET", "/api/v1/exhibitions/{id:guid}/eligibility", Office, "/api/v1/exhibitions/{exhibition}/eligibility"),
        new("POST", "/api/v1/exhibitions/{id:guid}/invitations", Office, "/api/v1/exhibitions/{exhibition}/invitations", "{}"),
        new("POST", "/api/v1/exhibitions/{id:guid}/attendance", Office, "/api/v1/exhibitions/{exhibition}/attendance", "{}"),
        new("GET", "/api/v1/exhibitions/invitations/mine", SignedIn, "/api/v1/exhibitions/invitations/mine"),
        // Placements: {placement} is Eti Rohaeti's (the chair's) at Supermarket Yogya; writes stop at a missing field.
        new("GET", "/api/v1/partners/{id:guid}/placements/", Field | Chair, "/api/v1/partners/{chairpartner}/placements"),
        new("POST", "/api/v1/partners/{id:guid}/placements/", Field | Chair, "/api/v1/partners/{chairpartner}/placements", "{}"),
        new("GET", "/api/v1/partners/{id:guid}/placements/payments", Field | Chair, "/api/v1/partners/{chairpartner}/placements/payments"),
        new("GET", "/api/v1/placements/{id:guid}/", Field | Chair, "/api/v1/placements/{placement}"),
        new("POST", "/api/v1/placements/{id:guid}/deliveries", Field | Chair, "/api/v1/placements/{placement}/deliveries", "{}"),
        new("POST", "/api/v1/placements/{id:guid}/reports", Field | Chair, "/api/v1/placements/{placement}/reports", "{}"),
        new("POST", "/api/v1/placements/{id:guid}/payments", Field | Chair, "/api/v1/placements/{placement}/payments", "{}"),
        new("POST", "/api/v1/placements/{id:guid}/end", Field | Chair, "/api/v1/placements/{placement}/end", "{}"),
        new("GET", "/api/v1/placements/owed", Field | Evaluator | Viewer, "/api/v1/placements/owed?programId={program}"),
        new("GET", "/api/v1/exhibitions/invitations/{id:guid}", Office | Chair, "/api/v1/exhibitions/invitations/{exhibitioninvitation}"),
        new("POST", "/api/v1/exhibitions/invitations/{id:guid}/response", Office | Chair, "/api/v1/exhibitions/invitations/{exhibitioninvitation}/response", "{}"),
        new("POST", "/api/v1/exhibitions/invitations/{id:guid}/results", Office | Chair, "/api/v1/exhibitions/invitations/{exhibitioninvitation}/results", "{}"),
        // Trainings: the catalogue is the office's; sessions are field work; a partner reads and answers for their own sessions.
        // {training} is Citra Sari's held food-safety session, so every allowed write stops at its state or a missing field.
        new("GET", "/api/v1/trainings/topics", TrainingReaders, "/api/v1/trainings/topics?programId={program}"),
        new("POST", "/api/v1/trainings/topics", Office, "/api/v1/trainings/topics", "{}"),
        new("PUT", "/api/v1/trainings/topics/{id:guid}", Office, "/api/v1/trainings/topics/{trainingtopic}", "{}"),
        new("GET", "/api/v1/trainings/providers", TrainingReaders, "/api/v1/trainings/providers?programId={program}"),
        new("GET", "/api/v1/trainings/providers/{id:guid}", TrainingReaders, "/api/v1/trainings/providers/{trainingprovider}"),
        new("POST", "/api/v1/trainings/providers", Office, "/api/v1/trainings/providers", "{}"),
        new("PUT", "/api/v1/trainings/providers/{id:guid}", Office, "/api/v1/trainings/providers/{trainingprovider}", "{}"),
        new("GET", "/api/v1/trainings/sessions", SignedIn, "/api/v1/trainings/sessions?programId={program}&year=2011"),
        new("GET", "/api/v1/trainings/sessions/{id:guid}", SignedIn, "/api/v1/trainings/sessions/{training}"),
        new("POST", "/api/v1/trainings/sessions", Field, "/api/v1/trainings/sessions", "{}"),
        new("POST", "/api/v1/trainings/sessions/{id:guid}/invitations", Field, "/api/v1/trainings/sessions/{training}/invitations", "{}"),
        new("POST", "/api/v1/trainings/sessions/{id:guid}/attendance", Field, "/api/v1/trainings/sessions/{training}/attendance", "{}"),
        new("POST", "/api/v1/trainings/sessions/{id:guid}/feedback", TrainingFeedback, "/api/v1/trainings/sessions/{training}/feedback", "{}"),
        new("POST", "/api/v1/trainings/sessions/{id:guid}/adoption", Field, "/api/v1/trainings/sessions/{training}/adoption", "{}"),
        new("GET", "/api/v1/trainings/settings", TrainingReaders, "/api/v1/trainings/settings?programId={program}"),
        new("PUT", "/api/v1/trainings/settings", Office, "/api/v1/trainings/settings", "{}"),
        new("GET", "/api/v1/trainings/flags", TrainingReaders, "/api/v1/trainings/flags?programId={program}"),
        // Monitoring: the melinjo visit of 2007 answered the treasurer's help request and its follow-up is done,
        // so every allowed write stops at a state (409) or a missing field (400).
        new("GET", "/api/v1/help-requests/", Supported, "/api/v1/help-requests"),
        new("GET", "/api/v1/help-requests/{id:guid}", Field | Treasurer, "/api/v1/help-requests/{helprequest}"),
        new("POST", "/api/v1/help-requests/", Supported, "/api/v1/help-requests", """{"partnerId":"{member}"}"""),
        new("POST", "/api/v1/help-requests/{id:guid}/close", Field, "/api/v1/help-requests/{helprequest}/close", "{}"),
        new("POST", "/api/v1/help-requests/{id:guid}/followups", Field, "/api/v1/help-requests/{helprequest}/followups", "{}"),
        new("GET", "/api/v1/visits/", Field, "/api/v1/visits?groupId={group}"),
        new("GET", "/api/v1/visits/{id:guid}", Field, "/api/v1/visits/{visit}"),
        new("POST", "/api/v1/visits/", Field, "/api/v1/visits", """{"groupId":"{group}"}"""),
        new("GET", "/api/v1/followups/", Supported, "/api/v1/followups"),
        new("GET", "/api/v1/followups/{id:guid}", Field | Treasurer, "/api/v1/followups/{followup}"),
        new("POST", "/api/v1/followups/{id:guid}/close", FollowUpClosers, "/api/v1/followups/{followup}/close", "{}"),
        new("GET", "/api/v1/partners/{id:guid}/support", Field, "/api/v1/partners/{member}/support"),
        // Market channels and readiness (decision 0019): channels are read by everyone in the program and kept by the office;
        // Eti Rohaeti's readiness is read by staff, viewers and herself (the treasurer: 404; evaluators: 403), declared by staff
        // and herself; the matrix gives evaluators counts only. Every allowed write stops at a missing or out-of-range field.
        new("GET", "/api/v1/market-channels/", SignedIn, "/api/v1/market-channels?programId={program}"),
        new("POST", "/api/v1/market-channels/", Office, "/api/v1/market-channels", "{}"),
        new("GET", "/api/v1/market-channels/{id:guid}", SignedIn, "/api/v1/market-channels/{channel}"),
        new("POST", "/api/v1/market-channels/{id:guid}/requirements", Office, "/api/v1/market-channels/{channel}/requirements", "{}"),
        new("GET", "/api/v1/partners/{id:guid}/readiness", Field | Viewer | Chair, "/api/v1/partners/{chairpartner}/readiness"),
        new("PUT", "/api/v1/partners/{id:guid}/market-profile", Field | Chair, "/api/v1/partners/{chairpartner}/market-profile", """{"packagingThicknessMm":-1}"""),
        new("GET", "/api/v1/market-readiness", LegalityProgram, "/api/v1/market-readiness?programId={program}"),

        // Questionnaires (decision 0025): version 2 is published and a draft 3 exists, so every edit stops at its state; the import of a
        // file that is not a workbook, the sync and a form without its fields stop at a missing or broken field.
        new("GET", "/api/v1/questionnaires/", QuestionnaireReaders, "/api/v1/questionnaires?programId={program}"),
        new("POST", "/api/v1/questionnaires/", Office, "/api/v1/questionnaires", "{}"),
        new("POST", "/api/v1/questionnaires/import", Office, "/api/v1/questionnaires/import", "file"),
        new("GET", "/api/v1/questionnaires/versions/{versionId:guid}", QuestionnaireReaders, "/api/v1/questionnaires/versions/{qversion}"),
        new("GET", "/api/v1/questionnaires/versions/{versionId:guid}/xlsform", QuestionnaireReaders, "/api/v1/questionnaires/versions/{qversion}/xlsform"),
        new("GET", "/api/v1/questionnaires/{id:guid}/xlsform", QuestionnaireReaders, "/api/v1/questionnaires/{questionnaire}/xlsform"),
        new("PUT", "/api/v1/questionnaires/versions/{versionId:guid}/questions", Office, "/api/v1/questionnaires/versions/{qversion}/questions", "{}"),
        new("DELETE", "/api/v1/questionnaires/versions/{versionId:guid}/questions/{name}", Office, "/api/v1/questionnaires/versions/{qversion}/questions/omzet_bulan"),
        new("POST", "/api/v1/questionnaires/versions/{versionId:guid}/sections", Office, "/api/v1/questionnaires/versions/{qversion}/sections", "{}"),
        new("POST", "/api/v1/questionnaires/versions/{versionId:guid}/publish", Office, "/api/v1/questionnaires/versions/{qversion}/publish", "{}"),
        new("POST", "/api/v1/questionnaires/versions/{versionId:guid}/draft", Office, "/api/v1/questionnaires/versions/{qversion}/draft"),
        new("POST", "/api/v1/questionnaires/{id:guid}/assignments", Office, "/api/v1/questionnaires/{questionnaire}/assignments", "{}"),
        new("GET", "/api/v1/questionnaires/versions/{versionId:guid}/answers", QuestionnaireReaders, "/api/v1/questionnaires/versions/{qversion}/answers"),
        new("GET", "/api/v1/questionnaires/versions/{versionId:guid}/answers.xlsx", QuestionnaireReaders,
            "/api/v1/questionnaires/versions/{qversion}/answers.xlsx"),
        new("GET", "/api/v1/partners/{id:guid}/questionnaires", QuestionnaireReaders, "/api/v1/partners/{member}/questionnaires"),
        new("GET", "/api/v1/field/bundle", Field, "/api/v1/field/bundle"),
        new("POST", "/api/v1/field/forms", Field, "/api/v1/field/forms", "{}"),
        new("POST", "/api/v1/field/sync", Field, "/api/v1/field/sync", """{"forms":[{}]}"""),
        new("GET", "/api/v1/field/forms/{id:guid}", QuestionnaireReaders, "/api/v1/field/forms/{qform}"),
        // Scoring and evaluations (decision 0028): Euis Komariah's form is scored, so a score without its revision stops at 409; the
        // 2012 evaluation of Citra Sari is decided, so a judgement or decision stops at its state; gathering and criteria need fields.
        new("GET", "/api/v1/scoring/", ScoringReaders, "/api/v1/scoring?programId={program}"),
        new("GET", "/api/v1/scoring/{formId:guid}", ScoringReaders, "/api/v1/scoring/{qform}"),
        new("PUT", "/api/v1/scoring/{formId:guid}", Scorers, "/api/v1/scoring/{qform}", "{}"),
        new("GET", "/api/v1/evaluations/", EvaluationReaders, "/api/v1/evaluations?programId={program}"),
        new("POST", "/api/v1/evaluations/", Office, "/api/v1/evaluations", "{}"),
        new("GET", "/api/v1/evaluations/{id:guid}", EvaluationReaders, "/api/v1/evaluations/{evaluation}"),
        new("PUT", "/api/v1/evaluations/{id:guid}/judgement", Judges, "/api/v1/evaluations/{evaluation}/judgement", "{}"),
        new("POST", "/api/v1/evaluations/{id:guid}/decision", Office, "/api/v1/evaluations/{evaluation}/decision", "{}"),
        new("GET", "/api/v1/evaluations/criteria", EvaluationReaders, "/api/v1/evaluations/criteria?programId={program}"),
        new("PUT", "/api/v1/evaluations/criteria", Office, "/api/v1/evaluations/criteria?programId={program}", "{}"),

        // Last: it ends the session of the client that walks the list.
        new("POST", "/api/v1/auth/logout", SignedIn, "/api/v1/auth/logout"),
    ];

    /// <summary>The pages (GET): who may open each. Everyone signed in lands on the home page's work list.</summary>
    public static readonly Rule[] Pages =
    [
        new("GET", "", SignedIn, "/"),
        new("GET", "login", Anyone, "/login"),
        new("GET", "denied", Anyone, "/denied"),
        new("GET", "account/{handler}", Nobody, "/account/logout"),
        new("GET", "error/{code:int}", Anyone, "/error/404"),

        new("GET", "regions/find", SignedIn, "/regions/find?q=narimb"),

        new("GET", "partners", SignedIn, "/partners"),
        new("GET", "partners/new", Field, "/partners/new"),
        new("GET", "partners/{id:guid}", SignedIn, "/partners/{member}"),
        new("GET", "partners/{id:guid}/edit", Field, "/partners/{member}/edit"),

        new("GET", "socializations", Field, "/socializations"),
        new("GET", "socializations/new", Field, "/socializations/new"),
        new("GET", "socializations/{id:guid}", Field, "/socializations/{socialization}"),
        new("GET", "socializations/{id:guid}/attendees/{attendeeId:guid}/partner", Field, "/socializations/{socialization}/attendees/{attendee}/partner"),

        new("GET", "groups", SignedIn, "/groups"),
        new("GET", "groups/new", Field, "/groups/new"),
        new("GET", "groups/{id:guid}", SignedIn, "/groups/{group}"),
        new("GET", "groups/{id:guid}/members", Field, "/groups/{group}/members"),
        new("GET", "groups/{groupId:guid}/proposals/new", ProposalEditors, "/groups/{group}/proposals/new"),

        new("GET", "proposals", SignedIn, "/proposals"),
        new("GET", "proposals/{id:guid}", SignedIn, "/proposals/{proposal}"),
        new("GET", "proposals/{id:guid}/edit", ProposalEditors, "/proposals/{proposal}/edit"),
        new("GET", "proposals/{id:guid}/attachments/{attachmentId:guid}", SignedIn & ~Evaluator, "/proposals/{proposal}/attachments/{attachment}"),
        new("GET", "proposals/{id:guid}/surveys/{partnerId:guid}", Office, "/proposals/{proposal}/surveys/{member}"),

        // Repayments.
        new("GET", "groups/{id:guid}/collection", Collectors, "/groups/{group}/collection"),
        new("GET", "groups/{id:guid}/collection/print", Collectors, "/groups/{group}/collection/print"),
        new("GET", "groups/{id:guid}/due", Collectors, "/groups/{group}/due"),

        // Loan pages: a partner reads their own loans, the treasurer the group's; the chair not another member's.
        new("GET", "loans", SignedIn, "/loans"),
        new("GET", "loans/{id:guid}", SignedIn & ~Chair, "/loans/{loan}"),
        new("GET", "loans/{id:guid}/contract", SignedIn & ~Chair, "/loans/{loan}/contract"),
        new("GET", "loans/{id:guid}/disbursement-receipt", SignedIn & ~Chair, "/loans/{loan}/disbursement-receipt"),
        new("GET", "loans/{id:guid}/repayments/{repaymentId:guid}/receipt", SignedIn & ~Chair, "/loans/{loan}/repayments/{repayment}/receipt"),
        new("GET", "loans/disburse/{proposalItemId:guid}", Office, "/loans/disburse/{item}"),
        new("GET", "loans/simulate", Field, "/loans/simulate"),

        new("GET", "admin/programs", Administrator, "/admin/programs"),
        new("GET", "admin/programs/new", Administrator, "/admin/programs/new"),
        new("GET", "admin/programs/{id:guid}", Administrator, "/admin/programs/{program}"),
        new("GET", "admin/users", Administrator, "/admin/users"),
        new("GET", "admin/users/new", Administrator, "/admin/users/new"),
        new("GET", "admin/users/{id:guid}", Administrator, "/admin/users/{user}"),
        new("GET", "admin/audit", Administrator, "/admin/audit"),

        // Loan products, fund and reports.
        new("GET", "admin/products", Office, "/admin/products"),
        new("GET", "admin/products/new", Administrator, "/admin/products/new?programId={spareprogram}"),
        new("GET", "admin/products/{id:guid}/revise", Administrator, "/admin/products/{product}/revise"),
        new("GET", "fund", FundReaders, "/fund?programId={program}"),
        new("GET", "fund/statement", FundReaders, "/fund/statement?programId={program}"),
        new("GET", "fund/journal", FundReaders, "/fund/journal?programId={program}"),
        new("GET", "reports/kpis", FundReaders | Evaluator, "/reports/kpis?programId={program}"),
        new("GET", "impact", FundReaders | Facilitator, "/impact?programId={program}"),
        new("GET", "reports/portfolio", FundReaders | Evaluator, "/reports/portfolio?programId={program}"),
        new("GET", "reports/semester", FundReaders, "/reports/semester?programId={program}"),

        // Monitoring.
        new("GET", "visits", Field, "/visits?groupId={group}"),
        new("GET", "visits/new", Field, "/visits/new?groupId={group}"),
        new("GET", "visits/{id:guid}", Field, "/visits/{visit}"),
        new("GET", "help", Supported, "/help"),
        new("GET", "help/new", Supported, "/help/new"),
        new("GET", "help/{id:guid}", Field | Treasurer, "/help/{helprequest}"),
        new("GET", "followups", Supported, "/followups"),
        new("GET", "followups/{id:guid}", Field | Treasurer, "/followups/{followup}"),
        new("GET", "partners/{id:guid}/support", Field, "/partners/{member}/support"),
        new("GET", "support", SignedIn, "/support"),

        // Daily close.
        new("GET", "admin/daily-close", Office, "/admin/daily-close"),

        new("GET", "tasks", SignedIn, "/tasks"),
        new("GET", "partners/{id:guid}/needs", Field | Chair, "/partners/{chairpartner}/needs"),
        new("GET", "groups/{id:guid}/needs", Field, "/groups/{group}/needs"),
        new("GET", "reports/coverage", Administrator | Officer | Facilitator | Viewer, "/reports/coverage?programId={program}"),
        new("GET", "admin/jobs", Administrator, "/admin/jobs"),
        // Legality.
        new("GET", "partners/{id:guid}/legality", LegalityReaders, "/partners/{chairpartner}/legality"),
        new("GET", "partners/{id:guid}/legality/{kind}", LegalityReaders, "/partners/{chairpartner}/legality/pirt"),
        new("GET", "partners/{id:guid}/legality/{kind}/document", LegalityFiles, "/partners/{chairpartner}/legality/pirt/document"),
        new("GET", "legality", LegalityProgram, "/legality?programId={program}"),
        // Cash book and rewards: "my cash book" sends a partner to their own book and staff to the partner list.
        new("GET", "cashbook", CashBookKeepers | Chair, "/cashbook"),
        new("GET", "partners/{id:guid}/cashbook", CashBookKeepers, "/partners/{member}/cashbook?month=2006-06"),
        new("GET", "partners/{id:guid}/cashbook/day", CashBookKeepers, "/partners/{member}/cashbook/day"),
        new("GET", "partners/{id:guid}/reports", CashBookKeepers, "/partners/{member}/reports?quarter=2006-Q3"),
        new("GET", "fostering/declines", Field, "/fostering/declines?programId={program}&quarter=2007-Q3"),
        new("GET", "partners/{id:guid}/bankability", Field | Viewer | Chair, "/partners/{chairpartner}/bankability"),
        new("GET", "directory", DirectoryReaders, "/directory?q=emping"),
        new("GET", "directory/photo/{id:guid}", DirectoryReaders, "/directory/photo/{opakmember}"),
        new("GET", "directory/print", DirectoryReaders, "/directory/print?district=32.11.07"),
        new("GET", "partners/{id:guid}/directory", OwnDirectory, "/partners/{chairpartner}/directory"),
        new("GET", "partners/{id:guid}/connections", OwnDirectory, "/partners/{chairpartner}/connections"),
        new("GET", "produk", Anyone, "/produk?q=emping"),
        new("GET", "matching", Office, "/matching"),
        new("GET", "matching/{id:guid}", Office, "/matching/{round}"),
        new("GET", "meetings/new", Field, "/meetings/new?round={round}&seminar=0"),
        new("GET", "meetings/{id:guid}", MeetingReaders, "/meetings/{meeting}"),
        new("GET", "partners/{id:guid}/mentoring", OwnDirectory, "/partners/{chairpartner}/mentoring"),
        new("GET", "produk/{id:guid}/tanya", Anyone, "/produk/{opakmember}/tanya"),
        new("GET", "partners/{id:guid}/graduation/letter", Field | Viewer | Chair, "/partners/{chairpartner}/graduation/letter"),
        new("GET", "partners/{id:guid}/graduation/certificate", Field | Viewer | Chair, "/partners/{chairpartner}/graduation/certificate"),
        new("GET", "partners/{id:guid}/cashbook/lines/{lineId:guid}/reverse", CashBookKeepers, "/partners/{member}/cashbook/lines/{cashline}/reverse"),
        new("GET", "partners/{id:guid}/rewards", SignedIn, "/partners/{member}/rewards"),
        // Group markets: members read their group's prices, variants and trade; the chair or treasurer records, a member orders.
        new("GET", "groups/{id:guid}/prices", SignedIn, "/groups/{group}/prices"),
        new("GET", "groups/{id:guid}/prices/new", GroupTrade, "/groups/{group}/prices/new"),
        new("GET", "groups/{id:guid}/products", SignedIn, "/groups/{group}/products"),
        new("GET", "groups/{id:guid}/products/{productId:guid}/edit", GroupTrade, "/groups/{group}/products/{groupproduct}/edit"),
        new("GET", "groups/{id:guid}/products/{productId:guid}/variants/new", GroupTrade, "/groups/{group}/products/{groupproduct}/variants/new"),
        new("GET", "groups/{id:guid}/variants/{variantId:guid}", GroupTrade, "/groups/{group}/variants/{variant}"),
        new("GET", "groups/{id:guid}/supply", SignedIn, "/groups/{group}/supply"),
        new("GET", "groups/{id:guid}/supply/new", GroupTrade, "/groups/{group}/supply/new"),
        new("GET", "supply-orders/{id:guid}", GroupTrade, "/supply-orders/{supplyorder}"),
        new("GET", "partners/{id:guid}/supply-sales", SignedIn, "/partners/{member}/supply-sales"),
        new("GET", "rewards", Office, "/rewards"),
        new("GET", "rewards/new", Office, "/rewards/new"),
        new("GET", "rewards/{id:guid}", Office, "/rewards/{rewardrule}?On=2007-12-31"),
        new("GET", "rewards/issued/{id:guid}/certificate", SignedIn, "/rewards/issued/{rewardissue}/certificate"),
        // Exhibitions: a partner is sent from the list to their own invitations.
        new("GET", "exhibitions", Office | Viewer | Evaluator | Chair | Treasurer, "/exhibitions"),
        new("GET", "exhibitions/new", Office, "/exhibitions/new"),
        new("GET", "partners/{id:guid}/placements", Field | Chair, "/partners/{chairpartner}/placements"),
        new("GET", "partners/{id:guid}/placements/new", Field | Chair, "/partners/{chairpartner}/placements/new"),
        new("GET", "placements/{id:guid}", Field | Chair, "/placements/{placement}"),
        new("GET", "placements/owed", Field | Evaluator | Viewer, "/placements/owed"),
        new("GET", "exhibitions/mine", SignedIn, "/exhibitions/mine"),
        new("GET", "exhibitions/{id:guid}", Office, "/exhibitions/{exhibition}"),
        new("GET", "exhibitions/invitations/{id:guid}", Office | Chair, "/exhibitions/invitations/{exhibitioninvitation}"),
        // Trainings: a partner opens the sessions they were invited to and answers their feedback.
        new("GET", "trainings", SignedIn, "/trainings"),
        new("GET", "trainings/new", Field, "/trainings/new"),
        new("GET", "trainings/flags", TrainingReaders, "/trainings/flags?programId={program}"),
        new("GET", "trainings/topics", TrainingReaders, "/trainings/topics?programId={program}"),
        new("GET", "trainings/topics/{id:guid}", Office, "/trainings/topics/{trainingtopic}"),
        new("GET", "trainings/providers", TrainingReaders, "/trainings/providers?programId={program}"),
        new("GET", "trainings/providers/{id:guid}", TrainingReaders, "/trainings/providers/{trainingprovider}"),
        new("GET", "trainings/{id:guid}", SignedIn, "/trainings/{training}"),
        new("GET", "trainings/{id:guid}/attendance", Field, "/trainings/{training}/attendance"),
        new("GET", "trainings/{id:guid}/sheet", Field, "/trainings/{training}/sheet"),
        new("GET", "trainings/{id:guid}/feedback", TrainingFeedback, "/trainings/{training}/feedback"),
        new("GET", "trainings/{id:guid}/adoption", Field, "/trainings/{training}/adoption"),
        // Market channels and readiness.
        new("GET", "markets/channels", SignedIn, "/markets/channels?programId={program}"),
        new("GET", "markets/channels/{id:guid}", SignedIn, "/markets/channels/{channel}"),
        new("GET", "markets/readiness", LegalityProgram, "/markets/readiness?programId={program}"),
        new("GET", "partners/{id:guid}/readiness", Field | Viewer | Chair, "/partners/{chairpartner}/readiness"),
        // Questionnaires, field visits, scoring and evaluations.
        new("GET", "questionnaires", QuestionnaireReaders, "/questionnaires?programId={program}"),
        new("GET", "questionnaires/versions/{id:guid}", QuestionnaireReaders, "/questionnaires/versions/{qversion}"),
        new("GET", "questionnaires/versions/{id:guid}/answers", QuestionnaireReaders, "/questionnaires/versions/{qversion}/answers"),
        new("GET", "questionnaires/forms/{id:guid}", QuestionnaireReaders, "/questionnaires/forms/{qform}"),
        new("GET", "partners/{id:guid}/questionnaires", QuestionnaireReaders, "/partners/{member}/questionnaires"),
        new("GET", "field", Field, "/field"),
        new("GET", "evaluation/scoring", ScoringReaders, "/evaluation/scoring?programId={program}"),
        new("GET", "evaluation/scoring/{id:guid}", ScoringReaders, "/evaluation/scoring/{qform}"),
        new("GET", "evaluations", EvaluationReaders, "/evaluations?programId={program}"),
        new("GET", "evaluations/{id:guid}", EvaluationReaders, "/evaluations/{evaluation}"),
        new("GET", "evaluations/{id:guid}/print", EvaluationReaders, "/evaluations/{evaluation}/print"),
    ];

    /// <summary>
    /// The page forms (POST, by handler; "" is the page's default handler), each posted with the
    /// antiforgery token and the smallest form. Allowed posts on the demo stop at a rule (the decided
    /// proposal, a missing field), so they change nothing; language and logout come last.
    /// </summary>
    public static readonly Rule[] PageForms =
    [
        new("POST", "login", Anyone, "/login", "Input.Email=&Input.Password="),

        new("POST", "partners/new", Field, "/partners/new", "Input.OwnerName="),
        new("POST Reveal", "partners/{id:guid}", Field, "/partners/{member}?handler=Reveal"),
        new("POST", "partners/{id:guid}/edit", Field, "/partners/{member}/edit", "Input.OwnerName="),

        new("POST", "socializations/new", Field, "/socializations/new", "Input.Place="),
        new("POST Partner", "socializations/{id:guid}", Field, "/socializations/{socialization}?handler=Partner", "partnerId={member}&interested=true"),
        new("POST Person", "socializations/{id:guid}", Field, "/socializations/{socialization}?handler=Person", "Person.Name="),
        new("POST", "socializations/{id:guid}/attendees/{attendeeId:guid}/partner", Field,
            "/socializations/{socialization}/attendees/{attendee}/partner", "Input.OwnerName="),

        new("POST", "groups/new", Field, "/groups/new", "Input.Name="),
        new("POST Candidates", "groups/new", Field, "/groups/new?handler=Candidates", "Input.VillageCode={village}"),
        new("POST", "groups/{id:guid}/members", Field, "/groups/{group}/members", "Input.Name="),
        new("POST", "groups/{groupId:guid}/proposals/new", ProposalEditors, "/groups/{group}/proposals/new",
            "Input.Rows[0].PartnerId={member}&Input.Rows[0].Amount=0&Input.Rows[0].Purpose="),

        new("POST", "proposals/{id:guid}/edit", ProposalEditors, "/proposals/{proposal}/edit", "Input.BusinessPlan=Diubah"),
        new("POST Submit", "proposals/{id:guid}", ProposalEditors, "/proposals/{proposal}?handler=Submit"),
        new("POST Upload", "proposals/{id:guid}", ProposalEditors, "/proposals/{proposal}?handler=Upload"),
        new("POST Return", "proposals/{id:guid}", Office, "/proposals/{proposal}?handler=Return", "Reason=Lengkapi"),
        new("POST Decide", "proposals/{id:guid}", Office, "/proposals/{proposal}?handler=Decide",
            "Decide.PartnerId={member}&Decide.Approve=false&Decide.Reason=Uji"),
        new("POST", "proposals/{id:guid}/surveys/{partnerId:guid}", Office, "/proposals/{proposal}/surveys/{member}", "Input.Notes=Uji"),

        // Repayments: an empty sheet stops at "enter at least one payment", so nothing is posted.
        new("POST", "groups/{id:guid}/collection", Collectors, "/groups/{group}/collection", "Input.PaidOn="),
        new("POST Review", "groups/{id:guid}/collection", Collectors, "/groups/{group}/collection?handler=Review", "Input.PaidOn="),
        new("POST Edit", "groups/{id:guid}/collection", Collectors, "/groups/{group}/collection?handler=Edit", "Input.PaidOn="),

        // Loan pages: Euis Komariah's loan is repaid, so every allowed form stops at its state or a missing field.
        new("POST Pay", "loans/{id:guid}", Field | Treasurer, "/loans/{loan}?handler=Pay", "Pay.Amount=0"),
        new("POST Reverse", "loans/{id:guid}", Office, "/loans/{loan}?handler=Reverse", "Reverse.RepaymentId={repayment}&Reverse.Reason="),
        new("POST Reschedule", "loans/{id:guid}", Office, "/loans/{loan}?handler=Reschedule", "Reschedule.Reason="),
        new("POST WriteOff", "loans/{id:guid}", Office, "/loans/{loan}?handler=WriteOff", "WriteOff.Reference="),
        new("POST", "loans/disburse/{proposalItemId:guid}", Office, "/loans/disburse/{item}", "Input.Amount=0"),

        new("POST", "admin/programs/new", Administrator, "/admin/programs/new", "Input.Code="),
        new("POST", "admin/programs/{id:guid}", Administrator, "/admin/programs/{spareprogram}", "Input.Code="),
        new("POST", "admin/users/new", Administrator, "/admin/users/new", "Input.Email="),
        new("POST Profile", "admin/users/{id:guid}", Administrator, "/admin/users/{user}?handler=Profile", "Profile.DisplayName="),
        new("POST Programs", "admin/users/{id:guid}", Administrator, "/admin/users/{user}?handler=Programs"),
        new("POST AddVillage", "admin/users/{id:guid}", Administrator, "/admin/users/{user}?handler=AddVillage", "villageCode="),
        new("POST AddDistrict", "admin/users/{id:guid}", Administrator, "/admin/users/{user}?handler=AddDistrict", "districtCode="),
        new("POST RemoveVillage", "admin/users/{id:guid}", Administrator, "/admin/users/{user}?handler=RemoveVillage", "villageCode={village}"),
        new("POST Partner", "admin/users/{id:guid}", Administrator, "/admin/users/{user}?handler=Partner", "partnerId=bukan-id"),
        new("POST Password", "admin/users/{id:guid}", Administrator, "/admin/users/{user}?handler=Password", "password="),
        new("POST Unlock", "admin/users/{id:guid}", Administrator, "/admin/users/{user}?handler=Unlock"),

        // Loan products and fund movements: each stops at a missing field.
        new("POST", "admin/products/new", Administrator, "/admin/products/new?programId={spareprogram}", "Input.Code="),
        new("POST", "admin/products/{id:guid}/revise", Administrator, "/admin/products/{product}/revise", "Input.Name="),
        new("POST", "fund", Office, "/fund?programId={program}", "Input.Amount="),

        // Monitoring: each stops at a missing field or a closed record.
        new("POST", "visits/new", Field, "/visits/new", "Input.GroupId={group}&Input.Place="),
        new("POST", "help/new", Supported, "/help/new", "Input.Description="),
        new("POST Close", "help/{id:guid}", Field, "/help/{helprequest}?handler=Close", "Close.Note="),
        new("POST FollowUp", "help/{id:guid}", Field, "/help/{helprequest}?handler=FollowUp", "FollowUp.Task="),
        new("POST", "followups/{id:guid}", FollowUpClosers, "/followups/{followup}", "Input.Note="),

        // Daily close: no date, so nothing runs.
        new("POST", "admin/daily-close", Office, "/admin/daily-close", "BusinessDate="),

        // A reminder nobody has: not found; a job not named: refused at the field.
        new("POST Done", "tasks", SignedIn, "/tasks?handler=Done&id=0195f1a0-0000-7000-8000-000000000000"),
        new("POST Run", "admin/jobs", Administrator, "/admin/jobs?handler=Run", "Job="),
        // Legality: no state, a renewal of a Halal, a change without a date, an upload without a file: each stops at a rule.
        new("POST Record", "partners/{id:guid}/legality/{kind}", Field, "/partners/{chairpartner}/legality/nib?handler=Record", "Record.State="),
        new("POST Renew", "partners/{id:guid}/legality/{kind}", Field, "/partners/{chairpartner}/legality/halal?handler=Renew", "Renew.Note="),
        new("POST Change", "partners/{id:guid}/legality/{kind}", Field, "/partners/{chairpartner}/legality/halal?handler=Change", "Change.ChangedOn="),
        new("POST Upload", "partners/{id:guid}/legality/{kind}", LegalityFiles, "/partners/{chairpartner}/legality/nib?handler=Upload"),
        // Cash book and rewards: an empty day, reason, rule or issue stops at a missing field.
        new("POST", "partners/{id:guid}/cashbook/day", CashBookKeepers, "/partners/{member}/cashbook/day", "Input.Date="),
        new("POST", "partners/{id:guid}/reports", CashBookKeepers, "/partners/{member}/reports", "Input.Quarter="),
        new("POST Run", "fostering/declines", Office, "/fostering/declines?handler=Run&programId={program}&quarter=bukan"),
        new("POST Settings", "fostering/declines", Office, "/fostering/declines?handler=Settings&programId={program}", "Settings.DeclinePercent="),
        new("POST Declare", "partners/{id:guid}/bankability", Field, "/partners/{chairpartner}/bankability?handler=Declare", "Declare.Item="),
        new("POST Connect", "directory", Chair | Treasurer, "/directory?handler=Connect", "Connect.ToPartnerId="),
        new("POST", "partners/{id:guid}/directory", DirectoryWriters, "/partners/{chairpartner}/directory", "Consent.Decision="),
        new("POST Endorse", "partners/{id:guid}/directory", Office, "/partners/{chairpartner}/directory?handler=Endorse", "Endorse.Text="),
        new("POST WithdrawEndorsement", "partners/{id:guid}/directory", Office,
            "/partners/{chairpartner}/directory?handler=WithdrawEndorsement&endorsementId=00000000-0000-0000-0000-00000000e001"),
        new("POST Answer", "partners/{id:guid}/connections", DirectoryWriters,
            "/partners/{chairpartner}/connections?handler=Answer&requestId=00000000-0000-0000-0000-00000000c001&accept=false"),
        new("POST", "produk/{id:guid}/tanya", Anyone, "/produk/{opakmember}/tanya", "Enquiry.BuyerName="),
        new("POST", "matching", Office, "/matching", "Start.Name="),
        new("POST Pair", "matching/{id:guid}", Office, "/matching/{round}?handler=Pair&pairId=00000000-0000-0000-0000-00000000a001&keep=false"),
        new("POST Answer", "matching/{id:guid}", Office, "/matching/{round}?handler=Answer&pairId=00000000-0000-0000-0000-00000000a001&side=Mentor&agree=false"),
        new("POST Swap", "matching/{id:guid}", Office, "/matching/{round}?handler=Swap&pairId=00000000-0000-0000-0000-00000000a001", "Swap.MentorId="),
        new("POST", "meetings/new", Field, "/meetings/new?round={round}&seminar=0", "Meeting.Place="),
        new("POST FollowUp", "meetings/{id:guid}", Field, "/meetings/{meeting}?handler=FollowUp", "FollowUp.Task="),
        new("POST Collaboration", "meetings/{id:guid}", Field, "/meetings/{meeting}?handler=Collaboration", "Collaboration.What="),
        new("POST Rate", "partners/{id:guid}/mentoring", DirectoryWriters, "/partners/{chairpartner}/mentoring?handler=Rate&roundId={round}", "Rate.Moment="),
        new("POST Volunteer", "partners/{id:guid}/mentoring", DirectoryWriters, "/partners/{chairpartner}/mentoring?handler=Volunteer", "Volunteer.Capacity="),
        new("POST Endorse", "partners/{id:guid}/mentoring", Office,
            "/partners/{chairpartner}/mentoring?handler=Endorse&menteeId=00000000-0000-0000-0000-00000000e001", "Endorse.Text="),
        new("POST Answer", "partners/{id:guid}/mentoring", DirectoryWriters,
            "/partners/{chairpartner}/mentoring?handler=Answer&pairId=00000000-0000-0000-0000-00000000a001&side=Mentor&agree=false"),
        new("POST Graduate", "partners/{id:guid}/bankability", Office, "/partners/{chairpartner}/bankability?handler=Graduate", "Graduate.Bank="),
        new("POST Take", "partners/{id:guid}/cashbook", CashBookKeepers, "/partners/{member}/cashbook?handler=Take",
            "type=none&source=00000000-0000-0000-0000-000000000001"),
        new("POST", "partners/{id:guid}/cashbook/lines/{lineId:guid}/reverse", CashBookKeepers, "/partners/{member}/cashbook/lines/{cashline}/reverse",
            "Input.Reason="),
        new("POST", "rewards/new", Office, "/rewards/new", "Input.Name="),
        // Group markets: each form stops at a missing field, an allocation not found or the open order's state.
        new("POST", "groups/{id:guid}/prices/new", GroupTrade, "/groups/{group}/prices/new", "Input.MeetingOn="),
        new("POST Allocate", "groups/{id:guid}/products", GroupTrade, "/groups/{group}/products?handler=Allocate", "Allocate.VariantId="),
        new("POST AddProduct", "groups/{id:guid}/products", GroupTrade, "/groups/{group}/products?handler=AddProduct", "AddProduct.Name="),
        new("POST", "groups/{id:guid}/products/{productId:guid}/edit", GroupTrade, "/groups/{group}/products/{groupproduct}/edit", "Input.Name="),
        new("POST", "groups/{id:guid}/products/{productId:guid}/variants/new", GroupTrade, "/groups/{group}/products/{groupproduct}/variants/new",
            "Input.Flavour="),
        new("POST", "groups/{id:guid}/variants/{variantId:guid}", GroupTrade, "/groups/{group}/variants/{variant}", "Input.Flavour="),
        new("POST Retire", "groups/{id:guid}/variants/{variantId:guid}", GroupTrade, "/groups/{group}/variants/{variant}?handler=Retire", "Input.Version="),
        new("POST Restore", "groups/{id:guid}/variants/{variantId:guid}", GroupTrade, "/groups/{group}/variants/{variant}?handler=Restore", "Input.Version="),
        new("POST Delete", "groups/{id:guid}/variants/{variantId:guid}", GroupTrade, "/groups/{group}/variants/{variant}?handler=Delete"),
        new("POST Unallocate", "groups/{id:guid}/products", GroupTrade,
            "/groups/{group}/products?handler=Unallocate&allocationId=0195f1a0-0000-7000-8000-000000000000"),
        new("POST", "groups/{id:guid}/supply/new", GroupTrade, "/groups/{group}/supply/new", "Input.SellerId="),
        new("POST Deliver", "supply-orders/{id:guid}", Field | Treasurer, "/supply-orders/{supplyorder}?handler=Deliver", "Deliver.Quantity="),
        new("POST Pay", "supply-orders/{id:guid}", GroupTrade, "/supply-orders/{supplyorder}?handler=Pay", "Pay.PaidOn="),
        new("POST Cancel", "supply-orders/{id:guid}", GroupTrade, "/supply-orders/{supplyorder}?handler=Cancel", "Cancel.Reason="),
        new("POST Issue", "rewards/{id:guid}", Office, "/rewards/{rewardrule}?handler=Issue", "Issue.AsOf="),
        // Exhibitions: a missing partner, answer or name; a held exhibition's attendance and recorded results refuse a second time.
        new("POST", "exhibitions/new", Office, "/exhibitions/new", "Input.Name="),
        new("POST", "partners/{id:guid}/placements/new", Field | Chair, "/partners/{chairpartner}/placements/new", "Input.OutletName="),
        new("POST Deliver", "placements/{id:guid}", Field | Chair, "/placements/{placement}?handler=Deliver"),
        new("POST Report", "placements/{id:guid}", Field | Chair, "/placements/{placement}?handler=Report"),
        new("POST Pay", "placements/{id:guid}", Field | Chair, "/placements/{placement}?handler=Pay"),
        new("POST End", "placements/{id:guid}", Field | Chair, "/placements/{placement}?handler=End"),
        new("POST Invite", "exhibitions/{id:guid}", Office, "/exhibitions/{exhibition}?handler=Invite", "Invite.PartnerId="),
        new("POST Attendance", "exhibitions/{id:guid}", Office, "/exhibitions/{exhibition}?handler=Attendance"),
        new("POST Respond", "exhibitions/invitations/{id:guid}", Office | Chair, "/exhibitions/invitations/{exhibitioninvitation}?handler=Respond", "Respond.Accept="),
        new("POST Results", "exhibitions/invitations/{id:guid}", Office | Chair, "/exhibitions/invitations/{exhibitioninvitation}?handler=Results", "Results.Sales="),
        // Trainings: the held food-safety session refuses a second sheet; every other form stops at a missing field.
        new("POST", "trainings/new", Field, "/trainings/new", "Input.Place="),
        new("POST Invite", "trainings/{id:guid}", Field, "/trainings/{training}?handler=Invite", "Invite.ByNeed=false"),
        new("POST", "trainings/{id:guid}/attendance", Field, "/trainings/{training}/attendance"),
        new("POST", "trainings/{id:guid}/feedback", TrainingFeedback, "/trainings/{training}/feedback", "Input.Hard="),
        new("POST", "trainings/{id:guid}/adoption", Field, "/trainings/{training}/adoption"),
        new("POST", "trainings/topics", Office, "/trainings/topics?programId={program}", "Input.Code="),
        new("POST Threshold", "trainings/topics", Office, "/trainings/topics?programId={program}&handler=Threshold", "Settings.UnderstoodThreshold="),
        new("POST", "trainings/topics/{id:guid}", Office, "/trainings/topics/{trainingtopic}", "Input.Name="),
        new("POST", "trainings/providers", Office, "/trainings/providers?programId={program}", "Input.Name="),
        new("POST", "trainings/providers/{id:guid}", Office, "/trainings/providers/{trainingprovider}", "Input.Name="),
        // Market channels and readiness: a missing name or date, a negative thickness.
        new("POST", "markets/channels", Office, "/markets/channels?programId={program}", "Input.Name="),
        new("POST", "markets/channels/{id:guid}", Office, "/markets/channels/{channel}", "Input.EffectiveFrom="),
        new("POST", "partners/{id:guid}/readiness", Field | Chair, "/partners/{chairpartner}/readiness", "Input.PackagingThicknessMm=-1"),
        // Questionnaires: a missing title or file; version 2 is published and a draft 3 exists, so each edit stops at its state; the
        // assignment posts the facilitators already assigned. Evaluations: missing fields; the decided 2012 evaluation refuses a
        // judgement, a decision and a new gathering; a score without its revision stops at 409.
        new("POST Create", "questionnaires", Office, "/questionnaires?handler=Create&programId={program}", "Title="),
        new("POST Import", "questionnaires", Office, "/questionnaires?handler=Import&programId={program}"),
        new("POST Question", "questionnaires/versions/{id:guid}", Office, "/questionnaires/versions/{qversion}?handler=Question", "Question.Name="),
        new("POST Remove", "questionnaires/versions/{id:guid}", Office, "/questionnaires/versions/{qversion}?handler=Remove", "name=omzet_bulan&revision=0"),
        new("POST Section", "questionnaires/versions/{id:guid}", Office, "/questionnaires/versions/{qversion}?handler=Section", "Section.Name="),
        new("POST Publish", "questionnaires/versions/{id:guid}", Office, "/questionnaires/versions/{qversion}?handler=Publish", "revision=0"),
        new("POST Draft", "questionnaires/versions/{id:guid}", Office, "/questionnaires/versions/{qversion}?handler=Draft"),
        new("POST Assign", "questionnaires/versions/{id:guid}", Office, "/questionnaires/versions/{qversion}?handler=Assign", "{assigned}"),
        new("POST Gather", "evaluations", Office, "/evaluations?handler=Gather&programId={program}", "Gather.Year="),
        new("POST Criteria", "evaluations", Office, "/evaluations?handler=Criteria&programId={program}", "Criteria.MinOnTimePercent="),
        new("POST Judge", "evaluations/{id:guid}", Judges, "/evaluations/{evaluation}?handler=Judge", "Judge.Judgement="),
        new("POST Decide", "evaluations/{id:guid}", Office, "/evaluations/{evaluation}?handler=Decide", "Decide.Reason="),
        new("POST Regather", "evaluations/{id:guid}", Office, "/evaluations/{evaluation}?handler=Regather"),
        new("POST", "evaluation/scoring/{id:guid}", Scorers, "/evaluation/scoring/{qform}", "Input.Note="),

        new("POST Language", "account/{handler}", Anyone, "/account/language", "lang=id"),
        new("POST Logout", "account/{handler}", Anyone, "/account/logout"),
    ];

    /// <summary>Each role once, with the demo login that plays it (null: no login).</summary>
    public static readonly (Who Role, string? Email)[] Roles =
    [
        (Anonymous, null),
        (Administrator, Demo.Admin),
        (Officer, Demo.Officer),
        (Facilitator, Demo.Facilitator),
        (Evaluator, Demo.Evaluator),
        (Viewer, Demo.Viewer),
        (Chair, Demo.Chair),
        (Treasurer, Demo.Treasurer),
    ];
}
