text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = raw.strip(".,;:!?").lower()
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), len(freq))
print(sorted(freq.items()))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:6]:
    print(word.ljust(8), n, "#" * n)
by_count = {}
for w, n in freq.items():
    by_count.setdefault(n, []).append(w)
for n in sorted(by_count, reverse=True):
    print(n, sorted(by_count[n]))
first_seen = {}
for i, w in enumerate(words):
    if w not in first_seen:
        first_seen[w] = i
print(list(first_seen.items())[:8])
lengths = {}
for w in freq:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(sorted(lengths.items()))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted([kv for kv in bigrams.items() if kv[1] > 2]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
