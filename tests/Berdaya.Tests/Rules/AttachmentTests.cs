using Berdaya.Domain.Common;

namespace Berdaya.Tests.Rules;

public sealed class AttachmentTests
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%test\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10];

    [Fact]
    public void The_type_comes_from_the_content_and_a_name_that_claims_another_type_is_refused()
    {
        Attachment.Create("Proposal", Guid.NewGuid(), "rencana", Pdf, "u", DateTimeOffset.UnixEpoch, Attachment.DocumentTypes).ContentType.ShouldBe("application/pdf");
        Attachment.Create("Survey", Guid.NewGuid(), "foto.jpg", Jpeg, "u", DateTimeOffset.UnixEpoch, Attachment.PhotoTypes).ContentType.ShouldBe("image/jpeg");
        Should.Throw<DomainException>(() =>
            Attachment.Create("Proposal", Guid.NewGuid(), "rencana.png", Pdf, "u", DateTimeOffset.UnixEpoch, Attachment.DocumentTypes)).Code.ShouldBe("file.type.mismatch");
    }

    [Fact]
    public void Text_renamed_to_pdf_is_refused()
    {
        var ex = Should.Throw<DomainException>(() =>
            Attachment.Create("Proposal", Guid.NewGuid(), "proposal.pdf", "hello"u8.ToArray(), "u", DateTimeOffset.UnixEpoch, Attachment.DocumentTypes));
        ex.Code.ShouldBe("file.type");
        ex.Field.ShouldBe("File");
    }

    [Fact]
    public void A_pdf_is_not_a_photo()
    {
        Should.Throw<DomainException>(() =>
            Attachment.Create("Survey", Guid.NewGuid(), "x.pdf", Pdf, "u", DateTimeOffset.UnixEpoch, Attachment.PhotoTypes)).Code.ShouldBe("file.type");
    }

    [Fact]
    public void Too_large_and_empty_files_are_refused()
    {
        var big = new byte[1025];
        Png.CopyTo(big, 0);
        Should.Throw<DomainException>(() =>
            Attachment.Create("Proposal", Guid.NewGuid(), "x.png", big, "u", DateTimeOffset.UnixEpoch, Attachment.DocumentTypes, maxBytes: 1024)).Code.ShouldBe("file.toolarge");
        Should.Throw<DomainException>(() =>
            Attachment.Create("Proposal", Guid.NewGuid(), "x.png", [], "u", DateTimeOffset.UnixEpoch, Attachment.DocumentTypes)).Code.ShouldBe("file.empty");
    }

    [Fact]
    public void Paths_in_file_names_are_dropped()
    {
        Attachment.Create("Proposal", Guid.NewGuid(), "../../etc/passwd.png", Png, "u", DateTimeOffset.UnixEpoch, Attachment.DocumentTypes)
            .FileName.ShouldBe("passwd.png");
    }
}
