using System.Text;

namespace CouplingBot.Testing.Processes;

/// <summary>Keeps the last characters a process wrote, so a long-running server cannot fill memory.</summary>
internal sealed class BoundedOutput(int limit)
{
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();

    /// <summary>Raised for every line, after it was stored.</summary>
    public event Action<string>? LineWritten;

    public void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _text.Append(line).Append('\n');
            if (_text.Length > limit)
            {
                _text.Remove(0, _text.Length - limit);
            }
        }

        LineWritten?.Invoke(line);
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }
}
