# UnboundLocalError from a variable assigned later in the function
count = 0

def increment():
    print("incrementing")
    count += 1

increment()
