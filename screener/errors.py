"""Named exceptions raised by the library.

The CLI turns each into a message and an exit code; batch runs turn each into a
row of the errors file (``file, error, detail``), where ``error`` is the class
name and ``detail`` says what to do next.
"""

from __future__ import annotations


class ScreenerError(Exception):
    """Base class of every error the library raises on purpose."""

    #: One sentence that tells the user what to do about it.
    hint: str = ""

    def __init__(self, message: str = "", *, hint: str | None = None) -> None:
        super().__init__(message or self.__class__.__doc__ or self.__class__.__name__)
        if hint is not None:
            self.hint = hint

    @property
    def detail(self) -> str:
        """The message followed by the hint, as shown in the errors file."""
        msg = str(self).rstrip(". ")
        return f"{msg}. {self.hint}" if self.hint else msg


# ---------------------------------------------------------------------------
# Reading files
# ---------------------------------------------------------------------------


class UnreadableFile(ScreenerError):
    """The file could not be read as a résumé."""


class PathNotFound(UnreadableFile):
    """The file or folder does not exist."""

    hint = "Check the path: its spelling, and the folder the command runs from"


class UnsupportedFormat(UnreadableFile):
    """The file type is not supported."""

    hint = "Convert it to PDF, DOCX or plain text"


class CorruptFile(UnreadableFile):
    """The file is damaged or is not really the format its name says."""

    hint = "Re-export or re-download the original file"


class EncryptedFile(UnreadableFile):
    """The file is password-protected."""

    hint = "Ask the candidate for an unprotected copy, or remove the password and retry"


class NoTextLayer(UnreadableFile):
    """The PDF has pages but no extractable text (probably a scanned image)."""

    hint = (
        "Score it with --ocr (needs the 'ocr' extra and Tesseract), run OCR on it yourself "
        "(for example ocrmypdf), or ask for a text PDF"
    )


class EmptyDocument(UnreadableFile):
    """The file holds no text at all."""

    hint = "Check that the right file was uploaded"


class FileTooLarge(UnreadableFile):
    """The file exceeds the configured size or page limit."""

    hint = "Raise --max-bytes / --max-pages if the file is genuine"


class ParseTimeout(UnreadableFile):
    """Reading the file took longer than the per-file time limit."""

    hint = "Raise --timeout if the file is genuine; otherwise re-export it"


class ParseCrashed(UnreadableFile):
    """The worker reading this file died (out of memory or a crash in the parser)."""

    hint = "Re-export the file; it may be malformed or hostile"


class ExtractionFailed(ScreenerError):
    """The text was read but extracting facts from it failed (a bug: please report it)."""

    hint = "Report it with `screener parse FILE --json` output, if you may share the file"


# ---------------------------------------------------------------------------
# Configuration and inputs
# ---------------------------------------------------------------------------


class InvalidWeights(ScreenerError):
    """The weights file is malformed or has unknown keys."""

    hint = (
        "Compare it with the shipped defaults, where every knob is documented: "
        "models/default-weights.toml in the source tree (installed as "
        "screener/resources/default-weights.toml)"
    )


class InvalidJobDescription(ScreenerError):
    """The job description yields no requirement to score against."""

    hint = "Check that the JD lists qualifications under headings or as bullets"


class InvalidRequirements(ScreenerError):
    """The requirements file is malformed or names something unknown."""

    hint = (
        "Export a fresh one with `screener jd JD --export req.yaml` and compare; each item "
        "needs kind, required and, for skills, taxonomy skill names"
    )


class InvalidTaxonomy(ScreenerError):
    """The skills taxonomy file is malformed."""

    hint = "Each row needs name, aliases, category, type and parents columns"


class NoInputFiles(ScreenerError):
    """No résumé files were found in the given paths."""

    hint = "Pass files or folders holding .pdf, .docx or .txt résumés"


class OutputNotWritable(ScreenerError):
    """The output file cannot be written."""

    hint = "Give -o / --export a file name in a folder you can write to"


class NothingScored(ScreenerError):
    """None of the résumé files could be read."""

    hint = "The errors CSV gives each file's reason and what to do next"


class InvalidScreening(ScreenerError):
    """The file is not a screening saved by screener (or one of an incompatible version)."""

    hint = "Save it again with `screener screen JD RESUMES -o screening.parquet`"


class EmbeddingUnavailable(ScreenerError):
    """Semantic similarity was asked for, but the 'embed' extra is not installed."""

    hint = (
        "Install it with `pip install 'screener[embed]'` (first a CPU build of torch, e.g. "
        "`pip install torch --index-url https://download.pytorch.org/whl/cpu`), or leave "
        "out --semantic / set semantic_similarity = 0"
    )


class InvalidLabels(ScreenerError):
    """The labels file cannot be matched to the screening."""

    hint = (
        "Give a CSV whose first column names the résumé file (or its stem) and whose "
        "second column holds a score or yes/no"
    )
