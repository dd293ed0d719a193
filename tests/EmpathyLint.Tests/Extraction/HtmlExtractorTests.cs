using EmpathyLint.Model;
using EmpathyLint.Tests.Support;
using Snapshooter.Xunit;

namespace EmpathyLint.Tests.Extraction;

public class HtmlExtractorTests
{
    private static FormField Single(string html) => Assert.Single(Assert.Single(Lint.Extract(html).Forms).Fields);

    [Fact]
    public void Whole_page_model_matches_snapshot()
    {
        var html = File.ReadAllText(RepoPaths.Combine("tests", "EmpathyLint.Tests", "Fixtures", "Html", "equality-monitoring.html"));
        Snapshot.Match(ModelDump.Of(Lint.Extract(html, "equality-monitoring.html")));
    }

    [Fact]
    public void Field_span_is_the_start_tag_and_constraints_point_at_their_attribute()
    {
        const string Html = "<form>\n  <label for=n>Last name</label>\n  <input id=n name=\"lastName\" required\n         maxlength=\"20\" pattern=\"[A-Za-z]+\">\n</form>";
        var field = Single(Html);
        Assert.Equal("(3,3)-(4,45)", field.Span.ToString());
        Assert.Equal("(3,31)-(3,39)", field.Constraints.Required!.Span.ToString());
        Assert.Equal("(4,10)-(4,24)", field.Constraints.MaxLength!.Span.ToString());
        Assert.Equal(20, field.Constraints.MaxLength.Value);
        Assert.Equal("[A-Za-z]+", field.Constraints.Pattern!.Value);
        Assert.Equal("family-name", field.Concept);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_and_column_are_exact_with_any_line_ending(string newline)
    {
        var html = string.Join(newline, "<form>", "", "    <select name=\"gender\">", "<option>Male</option><option>Female</option></select>", "</form>");
        var field = Single(html);
        Assert.Equal((3, 5), (field.Span.StartLine, field.Span.StartColumn));
        Assert.Equal((4, 1), (field.Options[0].Span.StartLine, field.Options[0].Span.StartColumn));
        Assert.Equal((4, 22), (field.Options[1].Span.StartLine, field.Options[1].Span.StartColumn));
    }

    [Fact]
    public void Every_label_source_is_read()
    {
        var form = Assert.Single(Lint.Extract("""
            <form>
              <span id="l1">Given</span><span id="l2">name</span>
              <label for="a">Email address</label><input id="a" type="email">
              <label>Phone <input name="b" type="tel"></label>
              <input name="c" aria-label="Postcode">
              <input name="d" aria-labelledby="l1 l2">
              <input name="e" placeholder="Town">
              <input name="f" title="Country">
              <fieldset><legend>Your address</legend><input name="g"></fieldset>
            </form>
            """).Forms);
        string Labels(string name) => string.Join("|", form.Fields.Single(f => (f.Name ?? f.Id) == name).Labels.Select(l => $"{l.Source}:{l.Text}"));
        Assert.Equal("LabelFor:Email address", Labels("a"));
        Assert.Equal("WrappingLabel:Phone", Labels("b"));
        Assert.Equal("AriaLabel:Postcode", Labels("c"));
        Assert.Equal("AriaLabelledBy:Given name", Labels("d"));
        Assert.Equal("Placeholder:Town", Labels("e"));
        Assert.Equal("Title:Country", Labels("f"));
        Assert.Equal("Legend:Your address", Labels("g"));
        Assert.Equal(FieldKind.Email, form.Fields.Single(f => f.Id == "a").Kind);
    }

    [Fact]
    public void Wrapping_label_text_leaves_out_the_options_of_a_nested_select()
    {
        var field = Single("<label>Title <select name=t><option>Mr</option><option>Mx</option></select></label>");
        Assert.Equal("Title", field.Labels.Single().Text);
        Assert.Equal("title", field.Concept);
    }

    [Fact]
    public void Radios_sharing_a_name_are_one_question_with_the_legend_as_its_label()
    {
        var field = Single("""
            <form><fieldset><legend>Marital status</legend>
              <input type="radio" id="m1" name="ms" value="single"><label for="m1">Single</label>
              <input type="radio" id="m2" name="ms" value="married" required><label for="m2">Married</label>
              <input type="radio" name="ms" value="none"> Prefer not to say<br>
            </fieldset></form>
            """);
        Assert.Equal(FieldKind.RadioGroup, field.Kind);
        Assert.Equal(new[] { "Single", "Married", "Prefer not to say" }, field.Options.Select(o => o.Label));
        Assert.Equal("prefer-not-to-say", field.Options[2].Meaning);
        Assert.Equal("Marital status", field.Labels.Single().Text);
        Assert.Equal("marital-status", field.Concept);
        Assert.Equal("(3,57)-(3,65)", field.Constraints.Required!.Span.ToString());
    }

    [Fact]
    public void Caption_before_an_unfielded_radio_group_labels_it()
    {
        var field = Single("""
            <div class="mb-3"><label class="form-label">Gender</label>
              <div class="form-check"><input class="form-check-input" type="radio" name="g" id="g1" value="f"><label class="form-check-label" for="g1">Female</label></div>
              <div class="form-check"><input class="form-check-input" type="radio" name="g" id="g2" value="m"><label class="form-check-label" for="g2">Male</label></div>
            </div>
            """);
        Assert.Equal("Gender", field.Labels.Single().Text);
        Assert.Equal("gender", field.Concept);
    }

    [Fact]
    public void Single_checkbox_is_a_checkbox_and_several_sharing_a_name_are_a_group()
    {
        var form = Assert.Single(Lint.Extract("""
            <form>
              <label><input type="checkbox" name="terms"> I agree to the terms</label>
              <fieldset><legend>Ethnic group</legend>
                <label><input type="checkbox" name="eth" value="a"> Asian</label>
                <label><input type="checkbox" name="eth" value="b"> Black</label>
              </fieldset>
            </form>
            """).Forms);
        Assert.Equal(FieldKind.Checkbox, form.Fields[0].Kind);
        Assert.Equal(FieldKind.CheckboxGroup, form.Fields[1].Kind);
        Assert.True(form.Fields[1].AllowsMultiple);
        Assert.Equal("ethnicity", form.Fields[1].Concept);
    }

    [Fact]
    public void Hints_come_from_aria_describedby_and_hint_elements_beside_the_control()
    {
        var form = Assert.Single(Lint.Extract("""
            <form>
              <div class="mb-3"><label for="r">Religion</label><input id="r" name="religion"><small class="form-text">We ask to monitor fairness.</small></div>
              <p id="why">Needed to check your age.</p>
              <label for="d">Date of birth</label><input id="d" name="dob" type="date" aria-describedby="why">
            </form>
            """).Forms);
        Assert.Equal("We ask to monitor fairness.", form.Fields[0].Hints.Single().Text);
        Assert.Equal("Needed to check your age.", form.Fields[1].Hints.Single().Text);
        Assert.Equal("date-of-birth", form.Fields[1].Concept);
    }

    [Fact]
    public void Placeholder_options_are_marked()
    {
        var field = Single("""<select name="s"><option value="">Select…</option><option>Yes</option><option disabled>—</option></select>""");
        Assert.True(field.Options[0].IsPlaceholder);
        Assert.False(field.Options[1].IsPlaceholder);
    }

    [Fact]
    public void Fragments_and_fields_outside_forms_form_an_implicit_form()
    {
        var document = Lint.Extract("<div><label>Email <input type=email name=email></label></div>");
        var form = Assert.Single(document.Forms);
        Assert.True(form.IsImplicit);
        Assert.Equal("email", Assert.Single(form.Fields).Concept);
    }

    [Fact]
    public void Form_attribute_associates_a_control_outside_its_form()
    {
        var document = Lint.Extract("<form id=f name=signup></form><input form=f name=given-name>");
        Assert.Equal("signup", Assert.Single(document.Forms).Name);
        Assert.Equal("given-name", Assert.Single(document.Forms[0].Fields).Concept);
    }

    [Fact]
    public void Search_and_filter_forms_are_not_about_the_person()
    {
        var document = Lint.Extract("""
            <form role="search"><select name="gender"><option>Men</option><option>Women</option></select></form>
            <form id="product-filters"><select name="gender"><option>Men</option><option>Women</option></select></form>
            <search><select name="g"><option>Male</option><option>Female</option></select></search>
            """);
        Assert.All(document.Forms.SelectMany(f => f.Fields), f => Assert.False(f.IsAboutPerson));
    }

    [Fact]
    public void Template_content_and_template_syntax_are_read()
    {
        var document = Lint.Extract("""
            <template><label>Surname <input name="{{ field.name }}"></label></template>
            <form>{% if ask %}<label>Religion <input name="religion"></label>{% endif %}</form>
            """);
        var concepts = document.Forms.SelectMany(f => f.Fields).Select(f => f.Concept).ToList();
        Assert.Contains("family-name", concepts);
        Assert.Contains("religion", concepts);
    }

    [Fact]
    public void Comments_are_recorded_with_their_positions()
    {
        var document = Lint.Extract("<form>\n<!-- empathylint-disable-next-line EL1001 -- reason -->\n</form>");
        var comment = Assert.Single(document.Comments);
        Assert.Equal(" empathylint-disable-next-line EL1001 -- reason ", comment.Text);
        Assert.Equal((2, 1), (comment.Span.StartLine, comment.Span.StartColumn));
    }

    [Fact]
    public void Hidden_submit_and_button_inputs_are_not_questions()
    {
        Assert.Empty(Lint.Extract("<form><input type=hidden name=dob><input type=submit value=Go><input type=button name=gender></form>").Forms.SelectMany(f => f.Fields));
    }

    [Fact]
    public void A_fields_own_label_outweighs_its_fieldset_legend()
    {
        var form = Assert.Single(Lint.Extract("""
            <form><fieldset><legend>Date of birth and contact</legend>
              <label for="d">Day</label><input id="d" name="day">
              <label for="e">Email</label><input id="e" type="email" name="mail">
            </fieldset></form>
            """).Forms);
        Assert.Equal("date-of-birth", form.Fields[0].Concept);
        Assert.Equal("email", form.Fields[1].Concept);
    }
}
