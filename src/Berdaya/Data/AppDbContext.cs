using Berdaya.Data.Identity;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Coaching;
using Berdaya.Domain.Common;
using Berdaya.Domain.Evaluations;
using Berdaya.Domain.Exhibitions;
using Berdaya.Domain.Fostering;
using Berdaya.Domain.Fund;
using Berdaya.Domain.Graduation;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Jobs;
using Berdaya.Domain.Legality;
using Berdaya.Domain.Loans;
using Berdaya.Domain.Markets;
using Berdaya.Domain.Monitoring;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Questionnaires;
using Berdaya.Domain.Regions;
using Berdaya.Domain.Reminders;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Reports;
using Berdaya.Domain.Rewards;
using Berdaya.Domain.Socialization;
using Berdaya.Domain.Surveys;
using Berdaya.Domain.Timeline;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Data;

/// <summary>
/// The model, shared by both providers. <see cref="SqliteAppDbContext"/> and
/// <see cref="PostgresAppDbContext"/> only add provider conventions and own their migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<PartnershipProgram> Programs => Set<PartnershipProgram>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PartnerGroup> Groups => Set<PartnerGroup>();
    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();
    public DbSet<SocializationEvent> Socializations => Set<SocializationEvent>();
    public DbSet<SocializationAttendee> SocializationAttendees => Set<SocializationAttendee>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalItem> ProposalItems => Set<ProposalItem>();
    public DbSet<MemberSurvey> Surveys => Set<MemberSurvey>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<TimelineEvent> Timeline => Set<TimelineEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserProgram> UserPrograms => Set<UserProgram>();
    public DbSet<UserVillage> UserVillages => Set<UserVillage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<LoanProduct> LoanProducts => Set<LoanProduct>();
    public DbSet<Loan> Loans => Set<Loan>();
    public DbSet<Installment> Installments => Set<Installment>();
    public DbSet<LoanOnTimeRecord> LoanOnTimeRecords => Set<LoanOnTimeRecord>();
    public DbSet<QuarterlyReport> QuarterlyReports => Set<QuarterlyReport>();
    public DbSet<FosteringSettings> FosteringSettings => Set<FosteringSettings>();
    public DbSet<Questionnaire> Questionnaires => Set<Questionnaire>();
    public DbSet<QuestionnaireVersion> QuestionnaireVersions => Set<QuestionnaireVersion>();
    public DbSet<QuestionnaireAssignment> QuestionnaireAssignments => Set<QuestionnaireAssignment>();
    public DbSet<FilledForm> FilledForms => Set<FilledForm>();
    public DbSet<FormScore> FormScores => Set<FormScore>();
    public DbSet<PseudonymKey> PseudonymKeys => Set<PseudonymKey>();
    public DbSet<EvaluationCriteria> EvaluationCriteria => Set<EvaluationCriteria>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<BankabilityDeclaration> BankabilityDeclarations => Set<BankabilityDeclaration>();
    public DbSet<PartnerGraduation> Graduations => Set<PartnerGraduation>();
    public DbSet<LoanReschedule> LoanReschedules => Set<LoanReschedule>();
    public DbSet<Repayment> Repayments => Set<Repayment>();
    public DbSet<RepaymentAllocation> RepaymentAllocations => Set<RepaymentAllocation>();
    public DbSet<CollectionSheet> CollectionSheets => Set<CollectionSheet>();
    public DbSet<DailyClose> DailyCloses => Set<DailyClose>();
    public DbSet<LoanMonthEnd> LoanMonthEnds => Set<LoanMonthEnd>();
    public DbSet<AllowanceOutcome> AllowanceOutcomes => Set<AllowanceOutcome>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<JournalLine> JournalLines => Set<JournalLine>();
    public DbSet<LedgerDayTotal> LedgerDayTotals => Set<LedgerDayTotal>();
    public DbSet<PortfolioTotal> PortfolioTotals => Set<PortfolioTotal>();
    public DbSet<Domain.Impact.ImpactTotal> ImpactTotals => Set<Domain.Impact.ImpactTotal>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<LegalityItem> LegalityItems => Set<LegalityItem>();
    public DbSet<LegalityChange> LegalityChanges => Set<LegalityChange>();
    public DbSet<CashLine> CashLines => Set<CashLine>();
    public DbSet<RewardRule> RewardRules => Set<RewardRule>();
    public DbSet<RewardIssue> RewardIssues => Set<RewardIssue>();
    public DbSet<TrainingTopic> TrainingTopics => Set<TrainingTopic>();
    public DbSet<TrainingProvider> TrainingProviders => Set<TrainingProvider>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<SessionParticipant> SessionParticipants => Set<SessionParticipant>();
    public DbSet<CoachingSettings> CoachingSettings => Set<CoachingSettings>();
    public DbSet<HelpRequest> HelpRequests => Set<HelpRequest>();
    public DbSet<MonitoringVisit> MonitoringVisits => Set<MonitoringVisit>();
    public DbSet<VisitPartner> VisitPartners => Set<VisitPartner>();
    public DbSet<VisitFinding> VisitFindings => Set<VisitFinding>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<PartnerLocation> PartnerLocations => Set<PartnerLocation>();
    public DbSet<MarketChannel> MarketChannels => Set<MarketChannel>();
    public DbSet<GroupProduct> GroupProducts => Set<GroupProduct>();
    public DbSet<ProductVariant> ProductVariants => Set<ProductVariant>();
    public DbSet<PriceAgreement> PriceAgreements => Set<PriceAgreement>();
    public DbSet<PriceAgreementLine> PriceAgreementLines => Set<PriceAgreementLine>();
    public DbSet<PriceAgreementMember> PriceAgreementMembers => Set<PriceAgreementMember>();
    public DbSet<VariantAllocation> VariantAllocations => Set<VariantAllocation>();
    public DbSet<SupplyOrder> SupplyOrders => Set<SupplyOrder>();
    public DbSet<Exhibition> Exhibitions => Set<Exhibition>();
    public DbSet<ExhibitionInvitation> ExhibitionInvitations => Set<ExhibitionInvitation>();
    public DbSet<ExhibitionOrder> ExhibitionOrders => Set<ExhibitionOrder>();
    public DbSet<ChannelRequirement> ChannelRequirements => Set<ChannelRequirement>();
    public DbSet<MarketProfile> MarketProfiles => Set<MarketProfile>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<ConsignmentDelivery> ConsignmentDeliveries => Set<ConsignmentDelivery>();
    public DbSet<ConsignmentDeliveryLine> ConsignmentDeliveryLines => Set<ConsignmentDeliveryLine>();
    public DbSet<SalesReport> SalesReports => Set<SalesReport>();
    public DbSet<PlacementPayment> PlacementPayments => Set<PlacementPayment>();
    public DbSet<Domain.MeetAndGreet.DirectoryConsent> DirectoryConsents => Set<Domain.MeetAndGreet.DirectoryConsent>();
    public DbSet<Domain.MeetAndGreet.DirectoryEntry> DirectoryEntries => Set<Domain.MeetAndGreet.DirectoryEntry>();
    public DbSet<Domain.MeetAndGreet.DirectoryWord> DirectoryWords => Set<Domain.MeetAndGreet.DirectoryWord>();
    public DbSet<Domain.MeetAndGreet.ConnectionRequest> ConnectionRequests => Set<Domain.MeetAndGreet.ConnectionRequest>();
    public DbSet<Domain.MeetAndGreet.Endorsement> Endorsements => Set<Domain.MeetAndGreet.Endorsement>();
    public DbSet<Domain.MeetAndGreet.MentorOffer> MentorOffers => Set<Domain.MeetAndGreet.MentorOffer>();
    public DbSet<Domain.MeetAndGreet.MatchingRound> MatchingRounds => Set<Domain.MeetAndGreet.MatchingRound>();
    public DbSet<Domain.MeetAndGreet.RoundPair> RoundPairs => Set<Domain.MeetAndGreet.RoundPair>();
    public DbSet<Domain.MeetAndGreet.Meeting> Meetings => Set<Domain.MeetAndGreet.Meeting>();
    public DbSet<Domain.MeetAndGreet.MeetingAttendee> MeetingAttendees => Set<Domain.MeetAndGreet.MeetingAttendee>();
    public DbSet<Domain.MeetAndGreet.ConfidenceRating> ConfidenceRatings => Set<Domain.MeetAndGreet.ConfidenceRating>();
    public DbSet<Domain.MeetAndGreet.Collaboration> Collaborations => Set<Domain.MeetAndGreet.Collaboration>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Whole rupiah with room for fractions from rates; docs/domain.md, Bounds on input.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
