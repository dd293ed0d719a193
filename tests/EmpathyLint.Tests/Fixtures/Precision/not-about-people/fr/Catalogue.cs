using System.ComponentModel.DataAnnotations;

namespace Sentiers.Boutique;

public enum Rayon
{
    Homme,
    Femme,
    Enfant,
}

public enum GenreMusical
{
    Rock,
    Jazz,
    Classique,
}

public sealed class Produit
{
    [Required]
    [Display(Name = "Nom du produit")]
    public string Nom { get; set; } = "";

    [Display(Name = "Rayon")]
    public Rayon Rayon { get; set; }

    [Display(Name = "Taille")]
    public string? Taille { get; set; }
}

public sealed class Album
{
    [Required]
    [Display(Name = "Titre de l'album")]
    public string Titre { get; set; } = "";

    [Display(Name = "Genre musical")]
    public GenreMusical Genre { get; set; }
}
