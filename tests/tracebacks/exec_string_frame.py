# Exception raised inside exec'd code shows a "<string>" frame without source
code = """
def helper(n):
    return 10 // n
helper(0)
"""
print("executing code string")
exec(code)
