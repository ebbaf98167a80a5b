#!/usr/bin/env python3
"""Check, and with --write restore, the snippet sets' pages outside the repository (<pages>/<set>-pages/<id>.html).

Usage: python3 scripts/restore-snippet-pages.py <mirror> [--write] [--fixtures DIR] [--pages DIR] [set ...]
<mirror> holds each pool's git directory as <mirror>/<owner>+<name>/repo (as the `fetch` tool writes them); --pages
defaults to the repository's parent folder, where bench:snippets reads the pages; sets default to every snippets-*.

Each page's source is the `source` field of its set's labels.json, `owner/name@commit:path`; where the set commits
a `picked.txt` (the page rule's output when its labels were written), that file must name the same path for the id, so
a page the rule would pick today instead (its skip checks see later sets' pages) is never written. A page is written
as its set wrote it: the file's bytes at that commit, gunzipped when the path ends in .gz, and re-encoded to UTF-8 (the
bench reads UTF-8) from the charset its <meta> names when those bytes are not UTF-8. A page already there also passes
with that <meta> rewritten to utf-8 (intl9's), decoded by either reading of an ISO-8859-1 label (intl12's, intl15's) or
with bytes that are not UTF-8 replaced by U+FFFD as the bench's own reading does (en20's).
"""
import gzip, json, os, re, subprocess, sys


def option(flag, default):
    return sys.argv[sys.argv.index(flag) + 1] if flag in sys.argv else default


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WRITE = '--write' in sys.argv
fixtures = option('--fixtures', os.path.join(ROOT, 'tests/fixtures'))
pages_root = option('--pages', os.path.dirname(ROOT))
args = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith('--') and sys.argv[i - 1] not in ('--fixtures', '--pages')]
mirror, only = args[0], args[1:]
# The Encoding Standard decodes these labels as windows-1252, as browsers do (intl12's pages were converted so).
WINDOWS_1252_LABELS = {'iso-8859-1', 'latin1', 'us-ascii', 'ascii'}
# intl15's pick_pages.py wrote every page decoded by the charset its <meta> names, as Python reads that label (so an
# ISO-8859-1 label on a UTF-8 page gave mojibake), and its labels were written on that text: its pages are written so.
DECODED_BY_META_LABEL = {'snippets-intl15'}
SOURCE = re.compile(r'^([\w.-]+/[\w.-]+)@([0-9a-f]{40}):(.+)$')


def picked_paths(set_dir):
    """id -> path named by picked.txt (its key is `path`, `pool:path` or `owner/name:path`), or {} when there is none."""
    file = os.path.join(set_dir, 'picked.txt')
    if not os.path.exists(file):
        return {}
    out = {}
    for line in open(file, encoding='utf8'):
        if line.startswith('#') or not line.strip():
            continue
        page_id, key = line.split()[:2]
        out[page_id] = key.split(':', 1)[1] if ':' in key else key
    return out


def forms(raw, by_label=False):
    """The forms a set may have written `raw` in, the one to write first: as served, or decoded by its <meta> charset
    (as the Encoding Standard reads the label, or as Python does: intl12 and intl15 differ on ISO-8859-1)."""
    m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', raw[:4000], re.I)
    label = m.group(1).decode('ascii').lower() if m else None
    decoded = []
    for enc in (['cp1252'] if label in WINDOWS_1252_LABELS else []) + ([label] if label else []):
        try:
            decoded.append(raw.decode(enc))
        except (LookupError, UnicodeDecodeError):
            pass
    out = [f for text in decoded for f in (text.encode('utf8'), (text[:m.start(1)] + 'utf-8' + text[m.end(1):]).encode('utf8'))]
    if by_label and label and decoded:
        return [decoded[-1].encode('utf8'), raw] + out
    try:
        raw.decode('utf8')
        return [raw] + out
    except UnicodeDecodeError:
        return out + [raw, raw.decode('utf8', 'replace').encode('utf8')]


def page_bytes(repo, commit, path):
    gitdir = os.path.join(mirror, repo.replace('/', '+'), 'repo')
    gitdir = os.path.join(gitdir, '.git') if os.path.isdir(os.path.join(gitdir, '.git')) else gitdir
    shown = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{commit}:{path}'], capture_output=True)
    if shown.returncode:
        return None
    raw = shown.stdout
    return gzip.decompress(raw) if path.endswith('.gz') else raw


bad = 0
for name in sorted(os.listdir(fixtures)):
    if not name.startswith('snippets-') or (only and name[len('snippets-'):] not in only):
        continue
    set_dir = os.path.join(fixtures, name)
    pages_dir = os.path.join(pages_root, name[len('snippets-'):] + '-pages')
    picked = picked_paths(set_dir)
    pages = json.load(open(os.path.join(set_dir, 'labels.json'), encoding='utf8'))['pages']
    counts = {'ok': 0, 'missing': 0, 'differs': 0, 'written': 0}
    for page in pages:
        repo, commit, path = SOURCE.match(page['source']).groups()
        if picked and picked.get(page['id']) != path:
            print(f'{name} {page["id"]}: labels name {path}, picked.txt names {picked.get(page["id"])}')
            bad += 1
            continue
        want = page_bytes(repo, commit, path)
        if want is None:
            print(f'{name} {page["id"]}: {repo}@{commit[:7]}:{path} not in the mirror (fetch github:{repo})')
            bad += 1
            continue
        file = os.path.join(pages_dir, page['id'] + '.html')
        want = forms(want, name in DECODED_BY_META_LABEL)
        state = 'missing' if not os.path.exists(file) else 'ok' if open(file, 'rb').read() in want else 'differs'
        counts[state] += 1
        if state != 'ok':
            print(f'{name} {page["id"]}: {state} ({repo}@{commit[:7]}:{path})')
            if WRITE:
                os.makedirs(pages_dir, exist_ok=True)
                open(file, 'wb').write(want[0])
                counts['written'] += 1
            else:
                bad += 1
    extra = sorted(set(os.listdir(pages_dir)) - {p['id'] + '.html' for p in pages}) if os.path.isdir(pages_dir) else []
    print(f'{name}: {counts}' + (f', files no label names: {" ".join(extra)}' if extra else ''))
sys.exit(1 if bad else 0)
