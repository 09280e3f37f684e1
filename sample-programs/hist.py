# hist: how many times each position's token occurs in the whole input, with Tracr's
# lib.make_hist (from the RASP paper), compiled the way Tracr's README does.
from tracr.rasp import rasp
from tracr.compiler import compiling
from tracr.compiler import lib

hist = lib.make_hist()

model = compiling.compile_rasp_to_model(hist, vocab={"a", "b", "c", "d"}, max_seq_len=6,
                                        compiler_bos="BOS", compiler_pad="PAD")
print(model.apply(["BOS", "a", "b", "a", "c", "d", "b"]).decoded)
