"""Loading the GUI's translations: `.ts` sources are compiled to `.qm` on demand, then installed.

Sources live in `resources/translations/canteen_<lang>.ts` (English source strings; Danish is
the users' language). A packaged app ships compiled `.qm` files in the same folder; from a source
checkout they are compiled with the `lrelease` that comes with PySide6 into a cache folder,
again whenever the `.ts` is newer.

Refresh the sources after changing GUI text:  python -m ui.translations --update
Compile for packaging:                         python -m ui.translations --compile DEST_FOLDER
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from canteen.paths import resource, user_data_dir

log = logging.getLogger(__name__)

LANGUAGES = ("da", "en")
SOURCE_LANGUAGE = "en"
_LOCALES = {
    "da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []


# The users' language: the first start speaks it whatever the PC's locale (many canteen PCs
# are set up in English).
DEFAULT_LANGUAGE = "da"


def choose_language(override: str | None, setting: str) -> str:
    """The language to use: the command line's, else the setting's, else Danish."""
    for candidate in (override, setting):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def _tool(name: str) -> Path | None:
    """A Qt Linguist tool shipped in the PySide6 package, else one on PATH."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    bundled = Path(PySide6.__file__).parent / f"{name}{suffix}"
    if bundled.exists():
        return bundled
    import shutil  # only looking for the Qt tools needs it: not imported on every start

    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def cache_dir() -> Path:
    """Where compiled `.qm` files go when running from source."""
    return user_data_dir() / "cache" / "translations"


class TranslationError(Exception):
    """A Linguist tool is missing or failed."""


def compile_ts(ts_file: Path, qm_file: Path) -> None:
    """Compile one `.ts` into `.qm` with lrelease; TranslationError when that is not possible."""
    import subprocess  # only when compiling: keeps it out of the start-up path

    lrelease = _tool("lrelease")
    if lrelease is None:
        raise TranslationError("lrelease (comes with PySide6) was not found")
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(lrelease), "-silent", str(ts_file), "-qm", str(qm_file)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or not qm_file.exists():
        raise TranslationError(f"lrelease failed on {ts_file}: {done.stderr.strip()}")


def qm_file(language: str) -> Path | None:
    """The compiled translation of `language`, compiling it first when missing or stale."""
    name = f"canteen_{language}"
    shipped = resource("translations", f"{name}.qm")
    source = resource("translations", f"{name}.ts")
    if getattr(sys, "frozen", False) or not source.exists():
        return shipped if shipped.exists() else None
    compiled = cache_dir() / f"{name}.qm"
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        try:
            compile_ts(source, compiled)
        except (OSError, TranslationError) as error:
            log.warning("could not compile %s: %s", source, error)
            return compiled if compiled.exists() else None
    return compiled


def install(language: str) -> bool:
    """Translate the GUI (and Qt's own dialogs) into `language`; False if no translation loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_LOCALES.get(language, _LOCALES[SOURCE_LANGUAGE]))
    loaded = False
    ours = qm_file(language)
    if ours is not None:
        loaded = _load(app, str(ours))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, str(Path(qt_folder) / f"qtbase_{language}.qm"))
    return loaded or language == SOURCE_LANGUAGE


def _load(app: QCoreApplication, path: str) -> bool:
    if not Path(path).exists():
        return False
    translator = QTranslator(app)
    if not translator.load(path):
        log.warning("could not load translation %s", path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def source_files() -> list[Path]:
    """The Python files whose GUI text goes into the `.ts` files."""
    ui_folder = Path(__file__).resolve().parent
    return sorted(ui_folder.rglob("*.py"))


def update_sources(folder: Path | None = None) -> list[Path]:
    """Run lupdate over the GUI code into the `.ts` files (Danish in full, English plurals only).

    lupdate reads Python when given the files by name (a folder is scanned for C++ only);
    `-locations none` keeps line numbers out, so the files change only when the text does.
    """
    import subprocess

    lupdate = _tool("lupdate")
    if lupdate is None:
        raise TranslationError("lupdate (comes with PySide6) was not found")
    files = [str(path) for path in source_files()]
    written = []
    for language in LANGUAGES:
        target = (folder or resource("translations")) / f"canteen_{language}.ts"
        extra = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        command = [str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *extra]
        command += [*files, "-target-language", language, "-ts", str(target)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise TranslationError(f"lupdate failed: {done.stderr.strip()}")
        written.append(target)
    return written


def _main(argv: list[str]) -> int:
    if argv[:1] in (["update"], ["--update"]):
        update_sources()
        return 0
    if argv[:1] in (["compile"], ["--compile"]) and len(argv) == 2:
        for language in LANGUAGES:
            source = resource("translations", f"canteen_{language}.ts")
            compile_ts(source, Path(argv[1]) / f"canteen_{language}.qm")
        return 0
    print("usage: python -m ui.translations --update | --compile DEST_FOLDER", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
