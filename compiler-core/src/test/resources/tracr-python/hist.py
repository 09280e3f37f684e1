from tracr.compiler import lib
from tracr.compiler import compiling

model = compiling.compile_rasp_to_model(lib.make_hist(), {"a", "b", "c", "d"}, 5, compiler_bos="BOS",
                                        compiler_pad="PAD")
