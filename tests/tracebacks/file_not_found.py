# Uncaught FileNotFoundError from open()
import os
path = "/tmp/shoal_tb_file_not_found_ok.txt"
with open(path, "w") as f:
    f.write("present\n")
with open(path) as f:
    print("read back:", f.read().strip())
os.remove(path)
print("exists after remove:", os.path.exists(path))

def read_config(p):
    print("opening", p)
    open(p)
    return "unreachable"

read_config(path)
