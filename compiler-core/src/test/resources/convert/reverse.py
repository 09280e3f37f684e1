# reverse: the input read back to front (Tracr's make_reverse).
# Each query position i looks up the key at position length - i - 1.
# Converted from reverse.rasp by rasp convert, for Tracr (9ce2b8c).

from tracr.compiler import compiling
from tracr.compiler import lib
from tracr.rasp import rasp

length = lib.make_length()
opp_idx = rasp.SequenceMap(lambda x, y: x - y, length, rasp.indices).named('opp_idx')
opp_idx_1 = rasp.Map(lambda x: x - 1, opp_idx).named('opp_idx_1')
reverse_selector = rasp.Select(rasp.indices, opp_idx_1, rasp.Comparison.EQ).named('reverse_selector')
reverse = rasp.Aggregate(reverse_selector, rasp.tokens).named('reverse')

model = compiling.compile_rasp_to_model(
    reverse,
    vocab={'a', 'b', 'c'},
    max_seq_len=5,
    compiler_bos='BOS',
    compiler_pad='PAD',
)
print(model.apply(['BOS', 'a', 'b', 'c', 'a', 'b']).decoded)
