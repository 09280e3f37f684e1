# sort: sort tokens that may repeat, with Tracr's lib.make_sort, the way Tracr's README compiles it.
# Ties are broken by position: the key of position i is x + min_key * i / max_seq_len.
from tracr.rasp import rasp
from tracr.compiler import compiling
from tracr.compiler import lib

program = lib.make_sort(rasp.tokens, rasp.tokens, max_seq_len=5, min_key=1)

model = compiling.compile_rasp_to_model(
    program,
    vocab={1, 2, 3, 4, 5},
    max_seq_len=5,
    compiler_bos="BOS",
    compiler_pad="PAD",
)

out = model.apply(["BOS", 3, 1, 3, 2, 1])
print(out.decoded)
