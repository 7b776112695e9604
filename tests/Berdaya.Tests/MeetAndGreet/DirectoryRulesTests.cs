using Berdaya.Domain.Common;
using Berdaya.Domain.MeetAndGreet;

namespace Berdaya.Tests.MeetAndGreet;

/// <summary>The directory's rules that hold before anything is stored (docs/domain.md, Meet and Greet; decision 0032).</summary>
public sealed class DirectoryRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset At = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    private static List<string?> Fields(Action act) =>
        Should.Throw<DomainException>(act) is DomainValidationException v ? v.Errors.Select(e => e.Field).ToList() : [];

    [Fact]
    public void A_refusal_or_withdrawal_shows_nothing_whatever_was_ticked()
    {
        var refused = DirectoryConsent.Make(Guid.NewGuid(), Guid.NewGuid(), ConsentDecision.Refused, DirectoryPurpose.Buyers, DirectoryConsent.AllFields,
            ConsentWay.Paper, Today, null, false, Today, "pendamping", At);
        (refused.Purposes, refused.Fields).ShouldBe((DirectoryPurpose.None, DirectoryField.None));
        refused.Shows(DirectoryField.Business).ShouldBeFalse();
    }

    [Fact]
    public void A_partners_own_decision_is_always_self_and_staff_must_say_how_it_was_given()
    {
        var own = DirectoryConsent.Make(Guid.NewGuid(), Guid.NewGuid(), ConsentDecision.Given, DirectoryPurpose.Partners, DirectoryField.Business,
            ConsentWay.Paper, null, null, true, Today, "ketua", At);
        (own.Way, own.DecidedOn).ShouldBe((ConsentWay.Self, Today));
        Fields(() => DirectoryConsent.Make(Guid.NewGuid(), Guid.NewGuid(), ConsentDecision.Given, DirectoryPurpose.Partners, DirectoryField.Business,
            ConsentWay.Self, Today, null, false, Today, "pendamping", At)).ShouldBe(["Way"]);
    }

    [Fact]
    public void A_given_consent_needs_a_purpose_the_business_a_date_in_the_last_year_and_a_short_note()
    {
        Fields(() => DirectoryConsent.Make(Guid.NewGuid(), Guid.NewGuid(), ConsentDecision.Given, DirectoryPurpose.None, DirectoryField.Products,
                ConsentWay.InPerson, Today.AddYears(-1).AddDays(-1), new string('x', DirectoryConsent.MaxNote + 1), false, Today, "pendamping", At))
            .ShouldBe(["Purposes", "Fields", "DecidedOn", "Note"]);
        Fields(() => DirectoryConsent.Make(Guid.NewGuid(), Guid.NewGuid(), null, DirectoryPurpose.None, DirectoryField.None, ConsentWay.InPerson,
            Today.AddDays(1), null, false, Today, "pendamping", At)).ShouldBe(["Decision", "DecidedOn"]);
    }

    [Theory]
    [InlineData("0812-3456-7890", true)]
    [InlineData("+62 812 3456 7890", true)]
    [InlineData("toko@contoh.id", true)]
    [InlineData("toko@contoh", false)]
    [InlineData("@contoh.id", false)]
    [InlineData("12345", false)]
    [InlineData("<script>", false)]
    public void A_buyer_leaves_a_phone_number_or_an_email_address(string contact, bool valid)
    {
        var make = () => ConnectionRequest.FromBuyer(Guid.NewGuid(), Guid.NewGuid(), "Toko Tampomas", contact, "Ada emping balado?", At);
        if (valid)
        {
            make().BuyerContact.ShouldBe(contact);
        }
        else
        {
            Fields(() => make()).ShouldBe(["BuyerContact"]);
        }
    }

    [Fact]
    public void A_request_is_answered_once_and_never_to_oneself()
    {
        var partner = Guid.NewGuid();
        Fields(() => ConnectionRequest.FromPartner(Guid.NewGuid(), partner, partner, "Halo", "pendamping", At)).ShouldBe(["ToPartnerId"]);
        var r = ConnectionRequest.FromPartner(Guid.NewGuid(), partner, Guid.NewGuid(), "Halo", "pendamping", At);
        r.Answer(true, "ketua", At);
        r.State.ShouldBe(ConnectionState.Accepted);
        Should.Throw<DomainException>(() => r.Answer(false, "ketua", At)).Kind.ShouldBe(ErrorKind.Conflict);
    }
}
