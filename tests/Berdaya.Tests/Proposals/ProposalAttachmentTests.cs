using Berdaya.Domain.Common;

namespace Berdaya.Tests.Proposals;

public sealed class ProposalAttachmentTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%%EOF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];

    private static Attachment Create(string name, byte[] content, IReadOnlyCollection<string>? allowed = null) =>
        Attachment.Create("Proposal", Guid.NewGuid(), name, content, "officer", DateTimeOffset.UnixEpoch, allowed ?? Attachment.DocumentTypes);

    [Fact]
    public void The_type_is_taken_from_the_content()
    {
        Create("rencana.pdf", Pdf).ContentType.ShouldBe("application/pdf");
        Create("foto", Png).ContentType.ShouldBe("image/png");
    }

    [Fact]
    public void A_name_claiming_another_type_than_the_content_is_refused()
    {
        var error = Should.Throw<DomainException>(() => Create("rencana.pdf", Png));
        error.Code.ShouldBe("file.type.mismatch");
        error.Args.ShouldBe([".pdf", ".png"]);
    }

    [Fact]
    public void Text_content_and_a_pdf_as_a_photo_are_refused() =>
        new[]
        {
            Should.Throw<DomainException>(() => Create("rencana.pdf", "bukan pdf"u8.ToArray())).Code,
            Should.Throw<DomainException>(() => Create("foto.jpg", Pdf, Attachment.PhotoTypes)).Code,
        }.ShouldAllBe(code => code == "file.type");

    [Fact]
    public void More_than_five_megabytes_is_refused()
    {
        var big = new byte[Attachment.DefaultMaxBytes + 1];
        Pdf.CopyTo(big, 0);
        Should.Throw<DomainException>(() => Create("besar.pdf", big)).Code.ShouldBe("file.toolarge");
        var limit = new byte[Attachment.DefaultMaxBytes];
        Pdf.CopyTo(limit, 0);
        Create("pas.pdf", limit).Size.ShouldBe(Attachment.DefaultMaxBytes);
    }
}
