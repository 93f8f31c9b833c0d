using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>Keyboard and validation hint for an Input.Text.</summary>
[JsonConverter(typeof(CardEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    /// <summary><c>text</c>.</summary>
    Text,

    /// <summary><c>tel</c>.</summary>
    Tel,

    /// <summary><c>url</c>.</summary>
    Url,

    /// <summary><c>email</c>.</summary>
    Email,

    /// <summary><c>password</c>.</summary>
    Password,
}
