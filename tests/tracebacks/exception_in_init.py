# Exception raised while constructing an object
class Connection:
    def __init__(self, host, port):
        self.host = host
        self.check_port(port)
        self.port = port

    def check_port(self, port):
        if not 0 < port < 65536:
            raise ValueError(f"invalid port {port}")

c = Connection("localhost", 80)
print("connected to", c.host, c.port)
Connection("localhost", 70000)
