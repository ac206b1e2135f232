namespace CareerCompare.Web.Data;

/// <summary>A seed file is missing or wrong. The message names the file, the place and what is wrong.</summary>
public sealed class SeedDataException : Exception
{
    public SeedDataException()
    {
    }

    public SeedDataException(string message) : base(message)
    {
    }

    public SeedDataException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
