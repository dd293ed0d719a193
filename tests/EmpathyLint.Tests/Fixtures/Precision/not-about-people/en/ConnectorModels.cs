namespace Northwind.Shop.Catalogue;

/// <summary>Which way round a connector is: pins (male) or sockets (female).</summary>
public enum ConnectorGender
{
    Male,
    Female,
}

public enum ThreadGender
{
    Male,
    Female,
}

public sealed class CableConfiguration
{
    public ConnectorGender EndAConnectorGender { get; set; }

    public ConnectorGender EndBConnectorGender { get; set; }

    public ThreadGender FittingThreadGender { get; set; }

    public bool IsMaleToFemaleAdapter { get; set; }

    public decimal LengthMetres { get; set; }
}
