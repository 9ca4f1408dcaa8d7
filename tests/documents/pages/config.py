"""What each kind of workbook must satisfy (documents.json) and the labels it is checked against
(templates/*.properties), so that sheet names and signature labels follow the templates in both
languages rather than being written here a second time."""
import json
import os
import re

THRESHOLD_PERCENT = 70


def read_properties(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


class Templates:
    """The labels of templates/FILE.LANG.properties, addressed as "FILE:KEY"."""

    FILES = ("attendance", "roster", "evaluation", "common")

    def __init__(self, directory):
        self.directory = directory
        self._files = {}

    def _file(self, file, lang):
        path = os.path.join(self.directory, f"{file}.{lang}.properties")
        if path not in self._files:
            self._files[path] = read_properties(path) if os.path.exists(path) else {}
        return self._files[path]

    def get(self, ref, lang):
        file, _, key = ref.partition(":")
        return self._file(file, lang).get(key)

    def sheet_names(self, lang):
        """Every sheet name the templates define in `lang`."""
        return {value for file in self.FILES for key, value in self._file(file, lang).items()
                if ".sheet." in key or key == "issues.sheet"}

    def language_of(self, sheet_names):
        """zh or en, whichever names more of the sheets; zh (kefu's default) on a tie."""
        zh = len(set(sheet_names) & self.sheet_names("zh"))
        en = len(set(sheet_names) & self.sheet_names("en"))
        return "en" if en > zh else "zh"


def signature_labels(line):
    """The labels of a signature line: "制表人：____    审核人：____    日期：____" gives
    制表人, 审核人, 日期."""
    return [label.strip() for label in re.findall(r"([^_:：]+?)\s*[:：]\s*_{2,}", line)]


class Config:
    def __init__(self, path, templates):
        with open(path, encoding="utf-8") as f:
            self.data = json.load(f)
        self.templates = templates
        self.threshold = self.data.get("threshold_percent", THRESHOLD_PERCENT)
        self.libreoffice_threshold = self.data.get("libreoffice_threshold_percent",
                                                   self.threshold)

    def kind_of(self, filename):
        """The kind of workbook a file name tells (attendance, roster, ...), or None."""
        for kind, spec in self.data["kinds"].items():
            if re.search(spec["file"], filename):
                return kind
        return None

    def _names(self, refs, lang):
        return {self.templates.get(ref, lang) or ref for ref in refs}

    def handed_over(self, kind, sheet_names, lang):
        """The sheets of a workbook that are handed over and signed, in workbook order."""
        if kind is None:
            return []
        spec = self.data["kinds"][kind]
        chosen = spec.get("handed_over", [])
        if chosen == "all":
            skip = self._names(spec.get("except_sheets", []), lang)
            return [s for s in sheet_names if s not in skip]
        wanted = self._names(chosen, lang)
        return [s for s in sheet_names if s in wanted]

    def signature(self, kind, lang):
        """[(labels)]: each group of labels must appear together on one row of a handed-over
        sheet, or in its print header or footer."""
        if kind is None:
            return []
        groups = []
        for entry in self.data["kinds"][kind].get("signature", []):
            text = self.templates.get(entry["template"], lang) if "template" in entry else None
            if text is not None:
                labels = signature_labels(text) if entry.get("line", True) else [text]
            else:
                labels = entry.get("until_template", {}).get(lang, [])
            if labels:
                groups.append(labels)
        return groups

    def not_printed(self, kind, lang):
        if kind is None:
            return set()
        return self._names(self.data["kinds"][kind].get("not_printed", []), lang)
