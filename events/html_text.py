"""The main text of a news web page: its headline, its paragraphs, and the metadata the page
declares about itself (publication date, language, canonical URL, outlet) — without scripts,
styles, menus, sidebars or forms.

BeautifulSoup with the standard library's html.parser: forgiving with broken markup, no C
extension to install, and script/style contents are kept out of the text by construction
(they are removed before any text is taken).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag
from bs4.element import CData

# Elements whose content is never report text.
_DROP = frozenset({
    "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "template",
    "button", "select", "textarea", "object", "embed", "canvas", "audio", "video", "map", "head",
    "link", "meta", "input", "math", "dialog", "title",
})
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"})
# Elements that start a new paragraph.
_BLOCK = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
    "figure", "figcaption", "hr", "address", "details", "summary", "center", "body", "html",
    "caption", "tbody", "thead", "tfoot",
})
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
_PARA = object()  # paragraph break
_LINE = object()  # line break (<br>, newlines inside <pre>)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PageText:
    title: str
    text: str
    published: str = ""  # as the page writes it; the reader parses it
    language: str = ""
    url: str = ""
    source: str = ""


def _meta(soup: BeautifulSoup, *keys: str) -> str:
    """The content of the first <meta name|property|itemprop=key> present, in key order."""
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: re.compile(rf"^{re.escape(key)}$", re.I)})
            if isinstance(tag, Tag) and tag.get("content"):
                return str(tag["content"]).strip()
    return ""


def _hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    style = str(tag.get("style", "")).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _dropped(tag: Tag) -> bool:
    name = tag.name
    if name in _DROP or _hidden(tag):
        return True
    if str(tag.get("role", "")).lower() in _DROP_ROLES:
        return True
    # A page's own banner goes; the header of an article (headline, byline) stays.
    return name == "header" and tag.find_parent("article") is None


def _pieces(root: Tag) -> list:
    """Text pieces and break markers in document order. Iterative, so that pathologically
    nested markup (thousands of unclosed <div>s) cannot exhaust Python's recursion limit."""
    out: list = []
    # Each frame: an iterator over a node's children, whether inside <pre>, whether the node
    # is a block (to close its paragraph when its children are done).
    stack = [(iter(root.children), False, False)]
    while stack:
        children, in_pre, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if block:
                out.append(_PARA)
            continue
        if isinstance(child, Tag):
            if _dropped(child):
                continue
            if child.name == "br":
                out.append(_LINE)
                continue
            child_block = child.name in _BLOCK
            if child_block:
                out.append(_PARA)
            stack.append((iter(child.children), in_pre or child.name == "pre", child_block))
        elif isinstance(child, NavigableString) and not isinstance(child, _SKIP_STRINGS):
            text = str(child)
            if in_pre:
                for i, line in enumerate(text.split("\n")):
                    if i:
                        out.append(_LINE)
                    out.append(line)
            else:
                out.append(_SPACES.sub(" ", text))
    return out


def _paragraphs(pieces: list) -> str:
    paragraphs: list[str] = []
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        line = _SPACES.sub(" ", "".join(current)).strip()
        current.clear()
        if line:
            lines.append(line)

    def end_paragraph() -> None:
        end_line()
        if lines:
            paragraphs.append("\n".join(lines))
            lines.clear()

    for piece in pieces:
        if piece is _PARA:
            end_paragraph()
        elif piece is _LINE:
            end_line()
        else:
            current.append(piece)
    end_paragraph()
    return "\n\n".join(paragraphs)


def _text_of(tag: Tag) -> str:
    return _paragraphs(_pieces(tag))


def _container(soup: BeautifulSoup) -> Tag:
    """The article itself when the page marks it: the <article> with the most paragraph text
    (pages also use <article> for teasers of related stories), else <main>, else the body."""
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag) and a.find_parent("article") is None]
    if articles:
        def weight(a: Tag) -> int:
            return sum(len(p.get_text(" ", strip=True)) for p in a.find_all("p")) or len(a.get_text(" ", strip=True))
        return max(articles, key=weight)
    for found in (soup.find("main"), soup.find(attrs={"role": "main"}), soup.body):
        if isinstance(found, Tag):
            return found
    return soup


def html_text(html: str) -> PageText:
    """Headline, main text (paragraphs joined by blank lines) and self-declared metadata."""
    soup = BeautifulSoup(html, "html.parser")
    container = _container(soup)

    h1 = container.find("h1") if container is not soup else None
    title_tag = soup.find("title")
    title = ""
    for candidate in (h1, title_tag, soup.find("h1")):
        if isinstance(candidate, Tag):
            title = _SPACES.sub(" ", candidate.get_text(" ")).strip()
            if title:
                break
    if not title:
        title = _meta(soup, "og:title", "twitter:title")

    published = _meta(soup, "article:published_time", "datePublished", "date", "pubdate", "publishdate",
                      "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date")
    if not published:
        time_tag = soup.find(attrs={"itemprop": "datePublished"}) or container.find("time", attrs={"datetime": True})
        if isinstance(time_tag, Tag):
            published = str(time_tag.get("datetime") or time_tag.get("content") or "").strip()

    html_tag = soup.find("html")
    language = str(html_tag.get("lang", "")).strip() if isinstance(html_tag, Tag) else ""
    canonical = soup.find("link", attrs={"rel": "canonical"})
    url = _meta(soup, "og:url") or (str(canonical.get("href", "")).strip() if isinstance(canonical, Tag) else "")
    source = _meta(soup, "og:site_name", "application-name")
    return PageText(title=title, text=_text_of(container), published=published, language=language,
                    url=url, source=source)
