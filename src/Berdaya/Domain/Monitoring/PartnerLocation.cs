using Berdaya.Domain.Common;

namespace Berdaya.Domain.Monitoring;

/// <summary>
/// Where a partner's business was last recorded, kept only with the partner's consent (decision 0016): one row per
/// partner, replaced by each later recording, used later to find mentors nearby.
/// </summary>
public sealed class PartnerLocation
{
    private PartnerLocation() { }

    public PartnerLocation(Guid partnerId, double latitude, double longitude, DateOnly recordedOn, Guid? visitId, string? recordedByUserId)
    {
        PartnerId = partnerId;
        Record(latitude, longitude, recordedOn, visitId, recordedByUserId);
    }

    public Guid PartnerId { get; private set; }
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public DateOnly RecordedOn { get; private set; }

    /// <summary>Always true: a location is stored only when the partner agreed; the day they did is <see cref="RecordedOn"/>.</summary>
    public bool Consent { get; private set; }

    public Guid? VisitId { get; private set; }
    public string? RecordedByUserId { get; private set; }

    /// <summary>Bounds on a position and the consent it needs; fields named for the form ("Location.Latitude").</summary>
    public static List<DomainException> Problems(double? latitude, double? longitude, bool consent, string prefix = "")
    {
        var errors = new List<DomainException>();
        if (latitude is null && longitude is null)
        {
            return errors;
        }

        if (latitude is not { } lat || double.IsNaN(lat) || lat < -90 || lat > 90)
        {
            errors.Add(new DomainException("location.latitude.range", prefix + "Latitude"));
        }

        if (longitude is not { } lon || double.IsNaN(lon) || lon < -180 || lon > 180)
        {
            errors.Add(new DomainException("location.longitude.range", prefix + "Longitude"));
        }

        if (!consent)
        {
            errors.Add(new DomainException("location.consent.required", prefix + "Consent"));
        }

        return errors;
    }

    /// <summary>A later recording replaces the earlier one; an older one never overwrites a newer.</summary>
    public void Record(double latitude, double longitude, DateOnly recordedOn, Guid? visitId, string? recordedByUserId)
    {
        var errors = Problems(latitude, longitude, true);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        if (Consent && recordedOn < RecordedOn)
        {
            return;
        }

        Latitude = latitude;
        Longitude = longitude;
        RecordedOn = recordedOn;
        VisitId = visitId;
        RecordedByUserId = recordedByUserId;
        Consent = true;
    }
}
