namespace Abscopal.Interop.Petab.Internal;

/// <summary>PEtab's rule for ids: a letter or underscore, then letters, digits and underscores.</summary>
internal static class PetabId
{
    public static bool IsValid(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
