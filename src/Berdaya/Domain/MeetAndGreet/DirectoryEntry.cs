using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;

namespace Berdaya.Domain.MeetAndGreet;

/// <summary>
/// A partner's line in the directory while their consent is in force (docs/domain.md, Meet and Greet): only the fields they chose,
/// copied from their record when they gave it, with the region codes and the recorded location the search reads. It is removed
/// when the consent is withdrawn or refused, so every listing drops the partner at once. Derived from the consent and the
/// partner, whose changes are audited; the line itself is not.
/// </summary>
public sealed class DirectoryEntry : INotAudited
{
    private readonly List<DirectoryWord> _words = [];

    private DirectoryEntry() { }

    public Guid PartnerId { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid ConsentId { get; private set; }
    public DirectoryPurpose Purposes { get; private set; }
    /// <summary>The attachments' owner type of a partner's directory photo.</summary>
    public const string PhotoOwnerType = "DirectoryPhoto";

    public DirectoryField Fields { get; private set; }
    public string OwnerName { get; private set; } = "";

    /// <summary>Null unless the partner shows their business.</summary>
    public string? BusinessName { get; private set; }

    public string? Sector { get; private set; }
    public string? Products { get; private set; }

    /// <summary>The village always serves the search by region; it is shown only when the partner shows it (else the district).</summary>
    public string VillageCode { get; private set; } = "";

    public string DistrictCode { get; private set; } = "";
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public DateOnly ListedOn { get; private set; }

    /// <summary>The photo the partner chose to show (an attachment of the consent), if any.</summary>
    public Guid? PhotoId { get; private set; }

    public IReadOnlyList<DirectoryWord> Words => _words;

    public bool Shows(DirectoryField field) => (Fields & field) == field;

    public static DirectoryEntry Of(DirectoryConsent consent, Partner partner, (double Latitude, double Longitude)? location, Guid? photoId)
    {
        var entry = new DirectoryEntry { PartnerId = partner.Id };
        entry.Refresh(consent, partner, location, photoId);
        return entry;
    }

    /// <summary>Takes a newer consent and the partner's record as they are now; the words change only where they differ.</summary>
    public void Refresh(DirectoryConsent consent, Partner partner, (double Latitude, double Longitude)? location, Guid? photoId)
    {
        var business = (consent.Fields & DirectoryField.Business) != 0;
        var products = (consent.Fields & DirectoryField.Products) != 0;
        ProgramId = partner.ProgramId;
        ConsentId = consent.Id;
        Purposes = consent.Purposes;
        Fields = consent.Fields;
        OwnerName = partner.OwnerName;
        BusinessName = business ? partner.BusinessName : null;
        Sector = business ? partner.Sector : null;
        Products = products ? partner.Products : null;
        VillageCode = partner.VillageCode;
        DistrictCode = DistrictOf(partner.VillageCode);
        Latitude = location?.Latitude;
        Longitude = location?.Longitude;
        ListedOn = consent.DecidedOn;
        PhotoId = (consent.Fields & DirectoryField.Photo) != 0 ? photoId : null;
        var words = SearchWords.Of(OwnerName, BusinessName, Sector, Products);
        _words.RemoveAll(w => !words.Contains(w.Word, StringComparer.Ordinal));
        foreach (var kept in _words)
        {
            kept.Follow(this);
        }

        foreach (var word in words.Where(w => !_words.Any(x => x.Word == w)))
        {
            _words.Add(new DirectoryWord(this, word));
        }
    }

    /// <summary>The district's code of a village code (<c>32.11.07.2001</c> → <c>32.11.07</c>).</summary>
    public static string DistrictOf(string villageCode) => villageCode.Length >= 8 ? villageCode[..8] : villageCode;

    /// <summary>The regency's code of a village or district code (<c>32.11.07.2001</c> → <c>32.11</c>).</summary>
    public static string RegencyOf(string code) => code.Length >= 5 ? code[..5] : code;
}

/// <summary>
/// A word of a listed partner's name, business, sector or products, for the directory's search by product (as the partner search's
/// words). It carries its entry's program, purposes and owner's name, so a word's partners are read in name order from the words'
/// own index, without the entries (decision 0032).
/// </summary>
public sealed class DirectoryWord : INotAudited
{
    private DirectoryWord() { }

    public DirectoryWord(DirectoryEntry entry, string word)
    {
        PartnerId = entry.PartnerId;
        Word = word;
        Follow(entry);
    }

    public Guid PartnerId { get; private set; }
    public string Word { get; private set; } = "";
    public Guid ProgramId { get; private set; }
    public DirectoryPurpose Purposes { get; private set; }
    public string OwnerName { get; private set; } = "";

    /// <summary>Takes the entry's program, purposes and name as they are now.</summary>
    public void Follow(DirectoryEntry entry)
    {
        ProgramId = entry.ProgramId;
        Purposes = entry.Purposes;
        OwnerName = entry.OwnerName;
    }
}
