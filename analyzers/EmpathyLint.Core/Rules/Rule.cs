using EmpathyLint.Model;

namespace EmpathyLint.Rules;

/// <summary>
/// A rule judges the form model only — never AngleSharp, Razor or Roslyn — so it runs the same in the
/// build and in the CLI. Its id, message, severity and documentation live in the catalog.
/// </summary>
public abstract class Rule
{
    public abstract string Id { get; }

    /// <summary>Called once for every form of a document the rule's engines cover.</summary>
    public abstract void Check(Form form, RuleContext context);

    /// <summary>Called once per document; rules about the document as a whole (code observations, directives) override this.</summary>
    public virtual void CheckDocument(RuleContext context)
    {
        foreach (var form in context.Document.Forms)
        {
            if (context.Descriptor.RunsOn(context.Document.Kind, form.Kind)) Check(form, context);
        }
    }
}

/// <summary>A rule that looks at one question at a time (<see cref="FormDocument.Questions"/> of the form).</summary>
public abstract class FieldRule : Rule
{
    public sealed override void Check(Form form, RuleContext context)
    {
        foreach (var question in context.Document.Questions)
        {
            if (ReferenceEquals(question.Form, form)) CheckField(question.Field, context);
        }
    }

    protected abstract void CheckField(FormField field, RuleContext context);
}
