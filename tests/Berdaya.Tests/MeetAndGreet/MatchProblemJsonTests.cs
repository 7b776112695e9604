using Berdaya.Features.MeetAndGreet.Matching;

namespace Berdaya.Tests.MeetAndGreet;

/// <summary>Decision 0031: the matching round as a file, as the bench's <c>match</c> command reads and answers it.</summary>
public sealed class MatchProblemJsonTests
{
    [Fact]
    public void A_round_is_read_and_its_result_written_as_one_object()
    {
        var problem = MatchProblemJson.Parse("""
            {"mentors":[{"id":"m1","capacity":2},{"id":"m2","capacity":1}],"mentees":[{"id":"e1","name":"ignored"},{"id":"e2"}],
             "pairs":[{"mentor":"m1","mentee":"e1","score":70},{"mentor":"m2","mentee":"e1","score":80},{"mentor":"m1","mentee":"e2","score":0}]}
            """);

        problem.Mentors.ShouldBe([new MatchMentor("m1", 2), new MatchMentor("m2", 1)]);
        problem.Mentees.ShouldBe([new MatchMentee("e1"), new MatchMentee("e2")]);
        problem.Pairs.ShouldBe([new MatchPair("m1", "e1", 70), new MatchPair("m2", "e1", 80), new MatchPair("m1", "e2", 0)]);
        MatchProblemJson.Write(MatchSolver.Solve(problem)).ShouldBe("""{"total":80,"pairs":[{"mentor":"m2","mentee":"e1"}]}""");
    }

    [Theory]
    [InlineData("{\"mentors\":[", "not valid JSON")]
    [InlineData("[]", "must be a JSON object, not a list")]
    [InlineData("{\"mentees\":[],\"pairs\":[]}", "no \"mentors\" list")]
    [InlineData("{\"mentors\":{},\"mentees\":[],\"pairs\":[]}", "\"mentors\" must be a list, not an object")]
    [InlineData("{\"mentors\":[\"m1\"],\"mentees\":[],\"pairs\":[]}", "mentors[0] must be an object, not the text \"m1\"")]
    [InlineData("{\"mentors\":[{\"id\":\"m1\"}],\"mentees\":[],\"pairs\":[]}", "mentors[0] has no \"capacity\"")]
    [InlineData("{\"mentors\":[{\"id\":\"m1\",\"capacity\":\"2\"}],\"mentees\":[],\"pairs\":[]}", "mentors[0].capacity must be a whole number, not the text \"2\"")]
    [InlineData("{\"mentors\":[{\"id\":7,\"capacity\":2}],\"mentees\":[],\"pairs\":[]}", "mentors[0].id must be a string, not the number 7")]
    [InlineData("{\"mentors\":[],\"mentees\":[{}],\"pairs\":[]}", "mentees[0] has no \"id\"")]
    [InlineData("{\"mentors\":[],\"mentees\":[{\"id\":\"\"}],\"pairs\":[]}", "mentees[0].id is empty")]
    [InlineData("{\"mentors\":[],\"mentees\":[],\"pairs\":[{\"mentor\":\"m\",\"mentee\":\"e\",\"score\":70.5}]}", "pairs[0].score must be a whole number, not 70.5")]
    [InlineData("{\"mentors\":[],\"mentees\":[],\"pairs\":[{\"mentor\":\"m\",\"mentee\":\"e\",\"score\":null}]}", "pairs[0].score must be a whole number, not null")]
    [InlineData("{\"mentors\":[],\"mentees\":[],\"pairs\":[{\"mentor\":\"m\",\"mentee\":\"e\",\"score\":99999999999999999999}]}", "pairs[0].score is too large")]
    [InlineData("{\"mentors\":[{\"id\":\"m\",\"capacity\":3000000000}],\"mentees\":[],\"pairs\":[]}", "mentors[0].capacity is too large (3000000000)")]
    [InlineData("{\"mentors\":[],\"mentees\":[],\"pairs\":[{\"mentor\":\"m\",\"score\":1}]}", "pairs[0] has no \"mentee\"")]
    public void A_malformed_round_is_refused_saying_where(string json, string message)
    {
        Should.Throw<MatchProblemException>(() => MatchProblemJson.Parse(json)).Message.ShouldContain(message);
    }

    [Fact]
    public void A_well_formed_round_naming_an_unknown_mentor_is_refused_by_the_solver()
    {
        var problem = MatchProblemJson.Parse("""{"mentors":[],"mentees":[{"id":"e1"}],"pairs":[{"mentor":"m9","mentee":"e1","score":5}]}""");

        Should.Throw<MatchProblemException>(() => MatchSolver.Solve(problem)).Message.ShouldContain("unknown mentor 'm9'");
    }

    [Fact]
    public void A_missing_file_is_refused_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-round-{Guid.NewGuid():N}.json");

        Should.Throw<MatchProblemException>(() => MatchProblemJson.ReadFile(path)).Message.ShouldContain(path);
    }
}
