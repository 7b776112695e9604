using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Legality;
using Berdaya.Domain.MeetAndGreet;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Repayments;
using Berdaya.Domain.Timeline;
using Berdaya.Features.MeetAndGreet.Matching;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.MeetAndGreet;

public sealed record PairLine(Guid Id, Guid MentorId, string Mentor, Guid MenteeId, string Mentee, int Score, string Reasons, PairState State, Guid Version,
    bool? MentorAgreed = null, bool? MenteeAgreed = null, Guid? ReplacesPairId = null);

public sealed record SeminarLine(Guid SpeakerId, string Speaker, string District, NeedKind Need, IReadOnlyList<Guid> Mentees);

public sealed record RoundView(Guid Id, Guid ProgramId, string Name, string RegionCode, string RegionName, RoundState State, DateOnly StartedOn, MatchWeights Weights,
    int Mentees, int Mentors, int Candidates, long Total, long GreedyTotal, IReadOnlyList<PairLine> Pairs, IReadOnlyList<SeminarLine> Seminars);

public sealed record RoundLine(Guid Id, string Name, string RegionName, DateOnly StartedOn, int Pairs, long Total);

/// <summary>
/// Matching rounds (docs/domain.md, Meet and Greet: matching; decision 0031): the officer starts a round for a program and a
/// district or regency; every coached partner there is a mentee, every partner with a mentor offer in force within the regency a
/// mentor. Each pair within reach, not of the same group and not declined before, gets a score from the program's weights and
/// reasons in words; each mentee keeps their best candidates and the round is solved exactly; the pairs are proposed for the
/// officer to keep or remove.
/// </summary>
[FeatureService]
public sealed class MatchingRounds(AppDbContext db, CurrentUser me, TimeProvider clock, IEnumerable<INeedSource> needs, Web.Regions.RegionDirectory regions,
    TrustSignals signals, Web.Localization.Texts texts)
{
    public sealed record StartCommand
    {
        public Guid? ProgramId { get; set; }
        public string? Name { get; set; }
        public string? Region { get; set; }
        public int? WeightProduct { get; set; }
        public int? WeightNeeds { get; set; }
        public int? WeightDistance { get; set; }
        public int? WeightCapacity { get; set; }
    }

    public sealed record PairCommand
    {
        public bool? Keep { get; set; }
    }

    private sealed record Person(Guid Id, string Name, string Sector, string? Products, string VillageCode, Guid? GroupId);

    private void RequireOffice()
    {
        if (!(me.IsAdmin || me.IsOfficer))
        {
            throw new DomainException("matching.forbidden", null, ErrorKind.Forbidden);
        }
    }

    public async Task<MatchingRound> StartAsync(StartCommand c, CancellationToken ct)
    {
        RequireOffice();
        var errors = new List<DomainException>();
        if (c.ProgramId is not { } programId)
        {
            throw new DomainException("field.required", "ProgramId");
        }

        await me.RequireProgramAsync(programId, ct);
        var region = (c.Region ?? "").Trim();
        if (!(region.Length is 5 or 8) || !region.All(ch => char.IsAsciiDigit(ch) || ch == '.') || !await db.Regions.AnyAsync(r => r.Code == region, ct))
        {
            errors.Add(new DomainException("matching.region", "Region"));
        }

        var d = MatchWeights.Default;
        var weights = new MatchWeights(c.WeightProduct ?? d.Product, c.WeightNeeds ?? d.Needs, c.WeightDistance ?? d.Distance, c.WeightCapacity ?? d.Capacity);
        errors.AddRange(MatchWeights.Problems(weights));
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var round = MatchingRound.Start(programId, c.Name, region, weights, clock.Today(), me.Name ?? me.RequiredId);
        await ProposeAsync(round, ct);
        db.MatchingRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return round;
    }

    /// <summary>A round started by the app itself (the demo's), by the same rules as an officer's.</summary>
    internal async Task<MatchingRound> StartForAsync(Guid programId, string name, string region, string by, DateOnly on, CancellationToken ct)
    {
        var round = MatchingRound.Start(programId, name, region, MatchWeights.Default, on, by);
        await ProposeAsync(round, ct);
        db.MatchingRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return round;
    }

    private sealed record Scored(List<Person> Mentees, List<Person> Mentors, Dictionary<Guid, MentorOffer> OfferOf, List<(MatchPair Pair, string Reasons)> Candidates,
        Dictionary<Guid, HashSet<NeedKind>> Needs, Dictionary<Guid, HashSet<NeedKind>> Covers, HashSet<(Guid Mentor, Guid Mentee)> Refused);

    private async Task ProposeAsync(MatchingRound round, CancellationToken ct)
    {
        var (mentees, mentors, offerOf, candidates, needKinds, covers, _) = await ScoreAsync(round, null, null, ct);
        var problem = new MatchProblem(mentors.Select(m => new MatchMentor(m.Id.ToString(), offerOf[m.Id].Capacity)).ToList(),
            mentees.Select(e => new MatchMentee(e.Id.ToString())).ToList(), candidates.Select(x => x.Pair).ToList());
        var pruned = MatchSolver.Prune(problem, MatchSolver.CandidatesPerMentee);
        var result = MatchSolver.Solve(pruned);
        var greedy = GreedyMatcher.Solve(pruned);
        var why = candidates.ToDictionary(x => (x.Pair.Mentor, x.Pair.Mentee), x => x.Reasons);
        round.Propose(mentees.Count, mentors.Count, pruned.Pairs.Count, result.Total, greedy.Total,
            result.Pairs.Select(p => (Guid.Parse(p.Mentor), Guid.Parse(p.Mentee), (int)p.Score, why[(p.Mentor, p.Mentee)])));
        round.ProposeSeminars(await SeminarsAsync(mentees, mentors, needKinds, covers, ct));
    }

    /// <summary>
    /// Peer seminars (docs/domain.md, Meet and Greet: matching): for each district and kind of need that at least three of its mentees
    /// share, the independent mentor of the regency who answers that need, nearest first (the same district before the regency), then
    /// with most room; the largest five.
    /// </summary>
    private async Task<List<SeminarProposal>> SeminarsAsync(List<Person> mentees, List<Person> mentors, Dictionary<Guid, HashSet<NeedKind>> needs,
        Dictionary<Guid, HashSet<NeedKind>> covers, CancellationToken ct)
    {
        var ids = mentors.Select(m => m.Id).ToList();
        var independent = (await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status == PartnerStatus.Independent).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var proposals = new List<SeminarProposal>();
        foreach (var district in mentees.GroupBy(m => DirectoryEntry.DistrictOf(m.VillageCode)))
        {
            foreach (var kind in Enum.GetValues<NeedKind>())
            {
                var who = district.Where(m => needs.GetValueOrDefault(m.Id)?.Contains(kind) ?? false).Select(m => m.Id).Take(Meeting.MaxAttendees - 1).ToList();
                if (who.Count < 3)
                {
                    continue;
                }

                var speaker = mentors.Where(m => independent.Contains(m.Id) && (covers.GetValueOrDefault(m.Id)?.Contains(kind) ?? false))
                    .OrderByDescending(m => DirectoryEntry.DistrictOf(m.VillageCode) == district.Key)
                    .ThenBy(m => m.Name, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (speaker is not null)
                {
                    proposals.Add(new SeminarProposal(speaker.Id, district.Key, kind, who));
                }
            }
        }

        return proposals.OrderByDescending(p => p.Mentees.Count).Take(5).ToList();
    }

    private async Task<Scored> ScoreAsync(MatchingRound round, Guid? onlyMentee, Guid? onlyMentor, CancellationToken ct)
    {
        var to = round.RegionCode + "~";
        var regency = DirectoryEntry.RegencyOf(round.RegionCode);
        var regencyTo = regency + "~";
        var mentees = await db.Partners.AsNoTracking()
            .Where(p => p.ProgramId == round.ProgramId && p.Status == PartnerStatus.Active && p.VillageCode.CompareTo(round.RegionCode) >= 0 && p.VillageCode.CompareTo(to) < 0)
            .Select(p => new Person(p.Id, p.OwnerName, p.Sector, p.Products, p.VillageCode,
                db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault()))
            .ToListAsync(ct);
        mentees = mentees.Where(p => p.GroupId != null && (onlyMentee is null || p.Id == onlyMentee)).ToList();
        var offers = await db.MentorOffers.AsNoTracking().Where(o => o.ProgramId == round.ProgramId && o.WithdrawnAt == null).ToListAsync(ct);
        var allMentors = offers.Select(o => o.PartnerId).ToHashSet();
        offers = offers.Where(o => onlyMentor is null || o.PartnerId == onlyMentor).ToList();
        var offerIds = offers.Select(o => o.PartnerId).ToList();
        var mentors = await db.Partners.AsNoTracking()
            .Where(p => offerIds.Contains(p.Id) && p.VillageCode.CompareTo(regency) >= 0 && p.VillageCode.CompareTo(regencyTo) < 0)
            .Select(p => new Person(p.Id, p.OwnerName, p.Sector, p.Products, p.VillageCode,
                db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id).Select(m => (Guid?)m.GroupId).FirstOrDefault()))
            .ToListAsync(ct);
        mentees = mentees.Where(m => !allMentors.Contains(m.Id)).ToList();
        var offerOf = offers.GroupBy(o => o.PartnerId).ToDictionary(g => g.Key, g => g.OrderByDescending(o => o.OfferedOn).First());

        var all = mentees.Select(m => m.Id).Concat(mentors.Select(m => m.Id)).ToList();
        var places = await db.PartnerLocations.AsNoTracking().Where(l => all.Contains(l.PartnerId))
            .ToDictionaryAsync(l => l.PartnerId, l => (l.Latitude, l.Longitude), ct);
        var today = clock.Today();
        var licences = (await db.LegalityItems.AsNoTracking()
                .Where(l => all.Contains(l.PartnerId) && TrustSignals.Shown.Contains(l.Kind) && l.State == LegalityState.Granted && (l.ExpiresOn == null || l.ExpiresOn >= today))
                .Select(l => new { l.PartnerId, l.Kind }).ToListAsync(ct))
            .GroupBy(l => l.PartnerId).ToDictionary(g => g.Key, g => g.Select(l => l.Kind).ToHashSet());
        var mentorIds = mentors.Select(m => m.Id).ToList();
        var markets = (await db.Placements.Where(p => mentorIds.Contains(p.PartnerId)).Select(p => p.PartnerId).Distinct().ToListAsync(ct)).ToHashSet();
        var streak = await signals.StreaksAsync(mentorIds, ct);
        var spoke = (await db.MeetingAttendees.AsNoTracking().Where(a => mentorIds.Contains(a.PartnerId) && a.Role == AttendeeRole.Speaker && a.Came)
                .GroupBy(a => a.PartnerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);
        var menteeIds = mentees.Select(m => m.Id).ToList();
        var found = new List<PartnerNeed>();
        foreach (var source in needs)
        {
            found.AddRange(await source.NeedsAsync(db.Partners.Where(p => menteeIds.Contains(p.Id)).Select(p => p.Id), null, ct));
        }

        var needKinds = found.GroupBy(n => n.PartnerId).ToDictionary(g => g.Key, g => g.Select(n => n.Kind).ToHashSet());
        var refused = (await db.RoundPairs.AsNoTracking()
                .Where(p => (p.State == PairState.MentorDeclined || p.State == PairState.MenteeDeclined) && menteeIds.Contains(p.MenteePartnerId))
                .Select(p => new { p.MentorPartnerId, p.MenteePartnerId }).ToListAsync(ct))
            .Select(p => (p.MentorPartnerId, p.MenteePartnerId)).ToHashSet();
        var names = await regions.NamesAsync(all.Count == 0 ? [] : mentees.Concat(mentors).Select(p => p.VillageCode).Distinct(), ct);

        var w = round.Weights;
        var candidates = new List<(MatchPair Pair, string Reasons)>();

        // What each mentor answers as a seminar speaker: their offer and their record.
        var coverOf = mentors.ToDictionary(m => m.Id, m =>
        {
            var k = MentorOffer.KindsOf(offerOf[m.Id].Topics).ToHashSet();
            if ((licences.GetValueOrDefault(m.Id)?.Count ?? 0) > 0)
            {
                k.Add(NeedKind.Legality);
            }

            if (markets.Contains(m.Id))
            {
                k.Add(NeedKind.Marketing);
            }

            if (streak.GetValueOrDefault(m.Id) >= 12)
            {
                k.Add(NeedKind.Finance);
            }

            return k;
        });
        foreach (var e in mentees)
        {
            var lacks = TrustSignals.Shown.Where(k => !(licences.GetValueOrDefault(e.Id)?.Contains(k) ?? false)).ToList();
            var wants = needKinds.GetValueOrDefault(e.Id) ?? [];
            foreach (var m in mentors)
            {
                if (m.Id == e.Id || (m.GroupId is not null && m.GroupId == e.GroupId) || refused.Contains((m.Id, e.Id)))
                {
                    continue;
                }

                var offer = offerOf[m.Id];
                var (near, where) = Reach(e, m, offer.TravelKm, places, names);
                if (near <= 0)
                {
                    continue;
                }

                var reasons = new PairReasons();
                var shared = SearchWords.Of(e.Products).Intersect(SearchWords.Of(m.Products)).Where(x => x.Length > 3).ToList();
                double product = 0;
                if (shared.Count > 0)
                {
                    product = 1;
                    reasons.Add("matching.why.product", shared[0].ToLowerInvariant());
                }
                else if (string.Equals(e.Sector, m.Sector, StringComparison.OrdinalIgnoreCase))
                {
                    product = 0.6;
                    reasons.Add("matching.why.sector", e.Sector.ToLowerInvariant());
                }

                // The mentor's offer and their record together: licences held cover legality, markets reached cover marketing, an
                // unbroken year of repayments covers finance.
                var covers = MentorOffer.KindsOf(offer.Topics).ToHashSet();
                var held = licences.GetValueOrDefault(m.Id) ?? [];
                var teach = lacks.Where(held.Contains).ToList();
                if (teach.Count > 0)
                {
                    covers.Add(NeedKind.Legality);
                    reasons.Add("matching.why.licence", string.Join(',', teach));
                }

                if (markets.Contains(m.Id))
                {
                    covers.Add(NeedKind.Marketing);
                }

                if (streak.GetValueOrDefault(m.Id) >= 12)
                {
                    covers.Add(NeedKind.Finance);
                }

                var met = wants.Where(covers.Contains).ToList();
                var needScore = wants.Count == 0 ? 0.5 : (double)met.Count / wants.Count;
                if (met.Count > 0)
                {
                    reasons.Add("matching.why.needs", string.Join(',', met));
                }

                if (spoke.GetValueOrDefault(m.Id) > 0)
                {
                    reasons.Add("matching.why.speaker");
                }

                reasons.Add(where.Key, where.Values);
                var score = (int)Math.Round(100.0 * ((w.Product * product) + (w.Needs * needScore) + (w.Distance * near) +
                                                     (w.Capacity * offer.Capacity / (double)MentorOffer.MaxCapacity)) / w.Sum);
                if (score > 0)
                {
                    candidates.Add((new MatchPair(m.Id.ToString(), e.Id.ToString(), score), reasons.ToString()));
                }
            }
        }

        return new Scored(mentees, mentors, offerOf, candidates, needKinds, coverOf, refused);
    }

    /// <summary>How near (1 the same village, 0 out of reach) and the words for it: kilometres where both locations are recorded, else the region.</summary>
    private static (double Near, (string Key, string[] Values) Words) Reach(Person e, Person m, int travelKm, Dictionary<Guid, (double Latitude, double Longitude)> places,
        Dictionary<string, string> names)
    {
        if (places.TryGetValue(e.Id, out var a) && places.TryGetValue(m.Id, out var b))
        {
            var km = DirectorySearch.Km(a.Latitude, a.Longitude, b.Latitude, b.Longitude);
            return km > travelKm ? (0, ("", [])) : (Math.Max(0.1, 1 - (km / Math.Max(1, travelKm))),
                ("matching.why.km", [km.ToString("0.#", CultureInfo.InvariantCulture)]));
        }

        if (e.VillageCode == m.VillageCode)
        {
            return (1, ("matching.why.village", []));
        }

        if (DirectoryEntry.DistrictOf(e.VillageCode) == DirectoryEntry.DistrictOf(m.VillageCode))
        {
            return (0.7, ("matching.why.district", [names.GetValueOrDefault(m.VillageCode, m.VillageCode)]));
        }

        return DirectoryEntry.RegencyOf(e.VillageCode) == DirectoryEntry.RegencyOf(m.VillageCode) && travelKm >= 15
            ? (0.4, ("matching.why.regency", []))
            : (0, ("", []));
    }

    /// <summary>A pair's reasons in the reader's language.</summary>
    public string ReasonsOf(string kept) => PairReasons.Read(kept, texts, CultureInfo.CurrentUICulture);

    public async Task<IReadOnlyList<RoundLine>> ListAsync(CancellationToken ct)
    {
        RequireOffice();
        var s = await me.ScopeAsync(ct);
        var programs = s.ProgramIds.ToList();
        var rows = await db.MatchingRounds.AsNoTracking().Where(r => s.IsAdmin || programs.Contains(r.ProgramId)).OrderByDescending(r => r.StartedOn).Take(100)
            .Select(r => new { r.Id, r.Name, r.RegionCode, r.StartedOn, Pairs = r.Pairs.Count, r.Total }).ToListAsync(ct);
        var names = await regions.NamesAsync(rows.Select(r => r.RegionCode).Distinct(), ct);
        return rows.Select(r => new RoundLine(r.Id, r.Name, names.GetValueOrDefault(r.RegionCode, r.RegionCode), r.StartedOn, r.Pairs, r.Total)).ToList();
    }

    public async Task<RoundView> GetAsync(Guid id, CancellationToken ct)
    {
        RequireOffice();
        var s = await me.ScopeAsync(ct);
        var r = await db.MatchingRounds.AsNoTracking().Include(x => x.Pairs).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null || !(s.IsAdmin || s.ProgramIds.Contains(r.ProgramId)))
        {
            throw new DomainException("matching.notfound", "Id", ErrorKind.NotFound);
        }

        var seminars = r.Seminars;
        var ids = r.Pairs.SelectMany(p => new[] { p.MentorPartnerId, p.MenteePartnerId }).Concat(seminars.Select(x => x.SpeakerId)).Distinct().ToList();
        var people = await db.Partners.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        var names = await regions.NamesAsync(seminars.Select(x => x.DistrictCode).Append(r.RegionCode).Distinct(), ct);
        return new RoundView(r.Id, r.ProgramId, r.Name, r.RegionCode, names.GetValueOrDefault(r.RegionCode, r.RegionCode), r.State, r.StartedOn, r.Weights,
            r.Mentees, r.Mentors, r.Candidates, r.Total, r.GreedyTotal,
            r.Pairs.OrderBy(p => people.GetValueOrDefault(p.MenteePartnerId), StringComparer.Ordinal)
                .Select(p => new PairLine(p.Id, p.MentorPartnerId, people.GetValueOrDefault(p.MentorPartnerId, ""), p.MenteePartnerId,
                    people.GetValueOrDefault(p.MenteePartnerId, ""), p.Score, ReasonsOf(p.Reasons), p.State, p.Version, p.MentorAgreed, p.MenteeAgreed, p.ReplacesPairId)).ToList(),
            seminars.Select(x => new SeminarLine(x.SpeakerId, people.GetValueOrDefault(x.SpeakerId, ""), names.GetValueOrDefault(x.DistrictCode, x.DistrictCode), x.Need,
                x.Mentees)).ToList());
    }

    public sealed record AnswerCommand
    {
        /// <summary>Mentor or Mentee: whose answer it is (a partner answers only for themself).</summary>
        public string? Side { get; set; }

        public bool? Agree { get; set; }
    }

    public sealed record SwapCommand
    {
        public Guid? MentorId { get; set; }
    }

    /// <summary>
    /// One side of a kept pair agrees or declines (docs/domain.md, Meet and Greet: matching): the partner themself, or field staff for a
    /// partner in their scope. A decline ends the pair and keeps the two apart in later rounds.
    /// </summary>
    public async Task<RoundPair> AnswerAsync(Guid pairId, AnswerCommand c, CancellationToken ct)
    {
        if (!(me.IsAdmin || me.IsOfficer || me.IsFacilitator || me.IsPartner))
        {
            throw new DomainException("matching.forbidden", null, ErrorKind.Forbidden);
        }

        var pair = await db.RoundPairs.FirstOrDefaultAsync(p => p.Id == pairId, ct) ?? throw new DomainException("matching.notfound", "Id", ErrorKind.NotFound);
        bool? mentor = c.Side switch
        {
            "Mentor" => true,
            "Mentee" => false,
            _ => null,
        };
        var partner = mentor switch
        {
            true => pair.MentorPartnerId,
            false => pair.MenteePartnerId,
            null => Guid.Empty,
        };
        var scope = await me.PartnersAsync(ct);
        var staff = me.IsAdmin || me.IsOfficer || me.IsFacilitator;
        var s = await me.ScopeAsync(ct);
        var mayMentor = staff ? await scope.AnyAsync(p => p.Id == pair.MentorPartnerId, ct) : s.PartnerId == pair.MentorPartnerId;
        var mayMentee = staff ? await scope.AnyAsync(p => p.Id == pair.MenteePartnerId, ct) : s.PartnerId == pair.MenteePartnerId;
        if (!mayMentor && !mayMentee)
        {
            throw new DomainException("matching.notfound", "Id", ErrorKind.NotFound);
        }

        var errors = new List<DomainException>();
        if (mentor is null || (mentor == true ? !mayMentor : !mayMentee))
        {
            errors.Add(new DomainException("matching.answer.side", "Side"));
        }

        if (c.Agree is null)
        {
            errors.Add(new DomainException("field.required", "Agree"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        pair.Answer(mentor!.Value, c.Agree!.Value);
        var programId = await db.MatchingRounds.Where(r => r.Id == pair.RoundId).Select(r => r.ProgramId).FirstAsync(ct);
        var group = await db.GroupMemberships.Where(m => m.ActivePartnerId == partner).Select(m => (Guid?)m.GroupId).FirstOrDefaultAsync(ct);
        var names = await db.Partners.Where(p => p.Id == pair.MentorPartnerId || p.Id == pair.MenteePartnerId).ToDictionaryAsync(p => p.Id, p => p.OwnerName, ct);
        db.Timeline.Add(new TimelineEvent(programId, group, partner, clock.Today(), FivePApproach.Supporting, c.Agree == true ? "matching.pair.agreed" : "matching.pair.declined",
            $"{names.GetValueOrDefault(partner)} {(c.Agree == true ? "setuju" : "menolak")} berpasangan dengan {names.GetValueOrDefault(mentor == true ? pair.MenteePartnerId : pair.MentorPartnerId)}",
            nameof(RoundPair), pair.Id, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return pair;
    }

    /// <summary>
    /// The officer gives a mentee another mentor (docs/domain.md, Meet and Greet: matching): the new mentor must be a candidate of the
    /// round for them (within reach, not the mentee nor of their group, not declined before) and have room; the new pair is kept at once
    /// and both are asked.
    /// </summary>
    public async Task<RoundPair> SwapAsync(Guid pairId, SwapCommand c, CancellationToken ct)
    {
        RequireOffice();
        var pair = await db.RoundPairs.FirstOrDefaultAsync(p => p.Id == pairId, ct) ?? throw new DomainException("matching.notfound", "Id", ErrorKind.NotFound);
        var round = await db.MatchingRounds.AsNoTracking().FirstAsync(r => r.Id == pair.RoundId, ct);
        var s = await me.ScopeAsync(ct);
        if (!(s.IsAdmin || s.ProgramIds.Contains(round.ProgramId)))
        {
            throw new DomainException("matching.notfound", "Id", ErrorKind.NotFound);
        }

        if (c.MentorId is not { } mentor)
        {
            throw new DomainValidationException([new DomainException("field.required", "MentorId")]);
        }

        if (await db.RoundPairs.AnyAsync(p => p.RoundId == pair.RoundId && p.MenteePartnerId == pair.MenteePartnerId && p.Id != pair.Id
                                              && (p.State == PairState.Proposed || p.State == PairState.Accepted), ct))
        {
            throw new DomainException("matching.mentee.paired", "MentorId", ErrorKind.Conflict);
        }

        var offer = await db.MentorOffers.AsNoTracking().Where(o => o.PartnerId == mentor && o.ProgramId == round.ProgramId && o.WithdrawnAt == null)
            .OrderByDescending(o => o.OfferedOn).FirstOrDefaultAsync(ct);
        var errors = new List<DomainException>();
        if (mentor == pair.MenteePartnerId)
        {
            errors.Add(new DomainException("matching.swap.self", "MentorId"));
        }
        else if (offer is null)
        {
            errors.Add(new DomainException("matching.swap.notmentor", "MentorId"));
        }
        else
        {
            var groupOf = await db.GroupMemberships.Where(m => (m.PartnerId == mentor || m.PartnerId == pair.MenteePartnerId) && m.ActivePartnerId != null)
                .Select(m => new { m.PartnerId, m.GroupId }).ToListAsync(ct);
            var live = await db.RoundPairs.CountAsync(p => p.RoundId == pair.RoundId && p.MentorPartnerId == mentor
                                                           && (p.State == PairState.Proposed || p.State == PairState.Accepted), ct);
            if (groupOf.Count == 2 && groupOf[0].GroupId == groupOf[1].GroupId)
            {
                errors.Add(new DomainException("matching.swap.samegroup", "MentorId"));
            }
            else if (live >= offer.Capacity)
            {
                errors.Add(new DomainException("matching.mentor.full", "MentorId", ErrorKind.Validation, offer.Capacity));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var scored = await ScoreAsync(round, pair.MenteePartnerId, mentor, ct);
        var candidate = scored.Candidates.FirstOrDefault();
        if (candidate.Reasons is null)
        {
            throw new DomainValidationException([new DomainException(scored.Refused.Contains((mentor, pair.MenteePartnerId)) ? "matching.swap.declined" : "matching.swap.unreachable", "MentorId")]);
        }

        var next = pair.SwapTo(mentor, (int)candidate.Pair.Score, candidate.Reasons);
        db.RoundPairs.Add(next);
        await db.SaveChangesAsync(ct);
        return next;
    }

    public async Task<RoundPair> DecidePairAsync(Guid pairId, PairCommand c, CancellationToken ct)
    {
        RequireOffice();
        var pair = await db.RoundPairs.FirstOrDefaultAsync(p => p.Id == pairId, ct) ?? throw new DomainException("matching.notfound", "Id", ErrorKind.NotFound);
        var programId = await db.MatchingRounds.Where(r => r.Id == pair.RoundId).Select(r => r.ProgramId).FirstAsync(ct);
        var s = await me.ScopeAsync(ct);
        if (!(s.IsAdmin || s.ProgramIds.Contains(programId)))
        {
            throw new DomainException("matching.notfound", "Id", ErrorKind.NotFound);
        }

        if (c.Keep is not { } keep)
        {
            throw new DomainException("field.required", "Keep");
        }

        pair.Decide(keep);
        await db.SaveChangesAsync(ct);
        return pair;
    }
}
