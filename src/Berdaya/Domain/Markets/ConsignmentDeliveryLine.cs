namespace Berdaya.Domain.Markets;

/// <summary>One product of a delivery: how many units went and at what price each is owed when sold.</summary>
public sealed class ConsignmentDeliveryLine
{
    private ConsignmentDeliveryLine() { }

    internal ConsignmentDeliveryLine(Guid deliveryId, string product, int quantity, decimal unitPrice)
    {
        Id = Guid.CreateVersion7();
        DeliveryId = deliveryId;
        Product = product;
        Quantity = quantity;
        UnitPrice = unitPrice;
    }

    public Guid Id { get; private set; }
    public Guid DeliveryId { get; private set; }
    public string Product { get; private set; } = "";
    public int Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
}
